// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QtGlobal>

// The day the code under test takes for today (CSW_TODAY, read by Dates::today), for the
// guard's life: what was there before is put back when it goes, so a test that fails half way
// leaves no other test a changed day. A test class holds one as a member for all its tests; a
// test that moves the day holds its own.
class FakeToday
{
public:
    explicit FakeToday(const char *day)
        : m_had(qEnvironmentVariableIsSet("CSW_TODAY")), m_was(qgetenv("CSW_TODAY"))
    {
        set(day);
    }
    ~FakeToday()
    {
        if (m_had)
            qputenv("CSW_TODAY", m_was);
        else
            qunsetenv("CSW_TODAY");
    }
    FakeToday(const FakeToday &) = delete;
    FakeToday &operator=(const FakeToday &) = delete;

    // Moves the day on (or back) while the guard lives.
    void set(const char *day) const { qputenv("CSW_TODAY", day); }

private:
    bool m_had;
    QByteArray m_was;
};

// SPDX-License-Identifier: MIT
// Tests that read the program in Japanese: the translations are taken out again afterwards.
#pragma once

#include <QCoreApplication>
#include <QScopeGuard>
#include <QTranslator>

// Removes every installed translation: the program reads English again.
inline void backToEnglish()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// Back to English when the returned guard goes.
[[nodiscard]] inline auto englishAfterwards()
{
    return qScopeGuard([] { backToEnglish(); });
}

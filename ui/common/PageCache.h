// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>

#include <optional>

namespace csw {

// The pages of a long list that a table model holds on to: PageSize rows each, read from the
// book when a row of theirs is first asked for; past MaxPages the least recently used page is
// let go (the list itself stays in the book). The Accounts table and the VOC board keep theirs
// here, so a table of a million rows holds a few thousand.
template<typename Row>
class PageCache
{
public:
    static constexpr int PageSize = 200;
    static constexpr int MaxPages = 24;

    // Row `row` of the list; its page read with `read(offset, limit)` (a std::optional<QList<Row>>,
    // empty when the book could not be read) when not held. Null when it cannot be read or the
    // list is shorter than the model thought.
    template<typename Read>
    const Row *at(int row, Read &&read) const
    {
        const int page = row / PageSize;
        auto found = m_pages.find(page);
        if (found == m_pages.end()) {
            std::optional<QList<Row>> rows = read(qint64(page) * PageSize, PageSize);
            if (!rows)
                return nullptr;
            // The oldest page let go before the new one goes in: a removal moves the entries
            // after it in QHash, which would leave an iterator to the new page pointing elsewhere.
            if (m_pages.size() >= MaxPages)
                m_pages.remove(m_order.takeFirst());
            found = m_pages.insert(page, std::move(*rows));
        }
        m_order.removeOne(page);
        m_order.append(page);
        const int offset = row % PageSize;
        return offset < found->size() ? &(*found)[offset] : nullptr;
    }

    // The first row held that `matches`, changed in place by `change`; its row in the list, or
    // -1 when no page held holds it.
    template<typename Matches, typename Change>
    int update(Matches &&matches, Change &&change)
    {
        for (auto page = m_pages.begin(); page != m_pages.end(); ++page) {
            for (int offset = 0; offset < page->size(); ++offset) {
                if (matches((*page)[offset])) {
                    change((*page)[offset]);
                    return page.key() * PageSize + offset;
                }
            }
        }
        return -1;
    }

    void clear()
    {
        m_pages.clear();
        m_order.clear();
    }
    int size() const { return int(m_pages.size()); }

private:
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_order;   // least recently used first
};

} // namespace csw

// SPDX-License-Identifier: MIT
// Finds the texts a window cuts off: a label, button, check box, combo box, group title, tab
// or header section narrower than its text in the font it is drawn with, or a word-wrapped
// label shorter than its lines. Only widgets shown are looked at; table cells are not (their
// names elide by design, with the whole text as tooltip).
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>

namespace clipping {

// The text as drawn: without the & of a mnemonic (a && is one &).
inline QString shown(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

inline QString where(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            path.prepend(p->objectName());
            break;
        }
    }
    path.prepend(QString::fromLatin1(w->metaObject()->className()));
    return path.join(QLatin1Char(' '));
}

inline void say(QStringList &found, const QWidget *w, const QString &text, int needs, int has)
{
    found << QStringLiteral("%1 “%2”: needs %3 px, has %4").arg(where(w), text).arg(needs).arg(has);
}

inline void label(QStringList &found, QLabel *l)
{
    if (l->text().isEmpty() || l->textFormat() == Qt::RichText || Qt::mightBeRichText(l->text()) || !l->pixmap().isNull())
        return;
    const QRect room = l->contentsRect();
    if (l->wordWrap()) {
        const int needs = l->heightForWidth(l->width());
        if (needs > l->height())
            say(found, l, l->text().left(40), needs, l->height());
        return;
    }
    for (const QString &line : shown(l->text()).split(QLatin1Char('\n'))) {
        const int needs = l->fontMetrics().horizontalAdvance(line) - 1;
        if (needs > room.width() - 2 * l->margin() - l->indent() * 0)
            say(found, l, line, needs, room.width());
    }
}

inline void button(QStringList &found, QAbstractButton *b)
{
    const QString text = shown(b->text());
    if (text.isEmpty())
        return;
    if (auto *tool = qobject_cast<QToolButton *>(b); tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return;
    int extra = 4;
    if (qobject_cast<QCheckBox *>(b) || qobject_cast<QRadioButton *>(b))
        extra += b->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, b)
                 + b->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, b);
    if (!b->icon().isNull() && !qobject_cast<QToolButton *>(b))
        extra += b->iconSize().width() + 4;
    const int needs = b->fontMetrics().horizontalAdvance(text) + extra;
    if (needs > b->width())
        say(found, b, text, needs, b->width());
}

inline void combo(QStringList &found, QComboBox *c)
{
    const QString text = c->currentText();
    if (text.isEmpty() || c->isEditable())
        return;
    const int arrow = c->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, c);
    const int needs = c->fontMetrics().horizontalAdvance(text) + arrow;
    if (needs > c->width())
        say(found, c, text, needs, c->width());
}

inline void header(QStringList &found, QHeaderView *h)
{
    if (!h->model() || h->orientation() != Qt::Horizontal || h->isHidden())
        return;
    for (int s = 0; s < h->count(); ++s) {
        if (h->isSectionHidden(s))
            continue;
        const QString text = h->model()->headerData(s, Qt::Horizontal).toString();
        if (text.isEmpty())
            continue;
        // As the style draws it: the text inside the section's margins, beside the sort arrow.
        const int margin = h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
        int needs = h->fontMetrics().horizontalAdvance(text) + 2 * margin;
        if (h->isSortIndicatorShown() && h->sortIndicatorSection() == s)
            needs += h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h);
        if (needs > h->sectionSize(s))
            say(found, h->parentWidget() ? h->parentWidget() : h, text, needs, h->sectionSize(s));
    }
}

inline void tabs(QStringList &found, QTabBar *t)
{
    for (int i = 0; i < t->count(); ++i) {
        const QString text = shown(t->tabText(i));
        const int needs = t->fontMetrics().horizontalAdvance(text) + 12;
        if (needs > t->tabRect(i).width())
            say(found, t, text, needs, t->tabRect(i).width());
    }
}

inline void group(QStringList &found, QGroupBox *g)
{
    const QString text = shown(g->title());
    const int needs = g->fontMetrics().horizontalAdvance(text) + 12;
    if (!text.isEmpty() && needs > g->width())
        say(found, g, text, needs, g->width());
}

// Every clipped text under `root` (itself included), described.
inline QStringList clippedTexts(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            label(found, l);
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            button(found, b);
        else if (auto *c = qobject_cast<QComboBox *>(w))
            combo(found, c);
        else if (auto *h = qobject_cast<QHeaderView *>(w))
            header(found, h);
        else if (auto *t = qobject_cast<QTabBar *>(w))
            tabs(found, t);
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            group(found, g);
    }
    found.removeDuplicates();
    return found;
}

} // namespace clipping

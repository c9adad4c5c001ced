// SPDX-License-Identifier: MIT
#include "accounts/AccountDetailView.h"

#include "book/BookSession.h"

namespace csw {

AccountDetailView::AccountDetailView(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
}

AccountDetailView::~AccountDetailView() = default;

void AccountDetailView::showAccount(qint64 id)
{
    m_id = id;
}

void AccountDetailView::moveToStage() {}
void AccountDetailView::churnAccount() {}
void AccountDetailView::renewAccount() {}

} // namespace csw

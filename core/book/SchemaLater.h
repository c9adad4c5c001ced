// SPDX-License-Identifier: MIT
// The statements of the schema's later versions (Schema.cpp lists every version in order).
#pragma once

#include <QStringList>

namespace csw::Schema::Later {

const QStringList &version16();   // churn reasons, and NPS answers linked to VOC
const QStringList &version17();   // contacts and the hand-off from sales
const QStringList &version18();   // contacts where the book names people; VOC for sales
const QStringList &version19();   // segments
const QStringList &version20();   // touch rules; alerts per measure; playbooks per touch; programs
const QStringList &version21();   // the contacts a program invites
const QStringList &version22();   // contacts by the day they left; churns by account
const QStringList &version23();   // a team book's account indexes end with the id

} // namespace csw::Schema::Later

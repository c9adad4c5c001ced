// SPDX-License-Identifier: MIT
#include "common/EditConflict.h"

namespace csw {

QString EditConflict::who(const QString &changedBy)
{
    return changedBy.isEmpty() ? tr("another window or csw") : changedBy;
}

QString EditConflict::when(const QString &changedAt)
{
    return changedAt.left(16).replace(u'T', u' ');
}

Error EditConflict::error(const QString &what, const QString &changedBy, const QString &changedAt,
                          const QString &how)
{
    const QString message =
        how.isEmpty()
            ? tr("%1 was changed by %2 at %3 after it was read; nothing was changed")
                  .arg(what, who(changedBy), when(changedAt))
            : tr("%1 was changed by %2 at %3 after it was read (yours → theirs: %4); nothing was "
                 "changed")
                  .arg(what, who(changedBy), when(changedAt), how);
    return Error{message, ErrorKind::Stale};
}

} // namespace csw

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace kopii {

// The rules for every record, shared by the GUI and the CLI. Each check returns the list of
// problems, empty when the record is acceptable. Messages name the field, the rule and the value's
// problem, in the UI language.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    // A Validation error carrying the field errors (its message the first field's).
    static Error failed(QList<FieldError> fields)
    {
        return Error{Error::Code::Validation, fields.isEmpty() ? QString() : fields.first().message, std::move(fields)};
    }
    struct Limits
    {
        int min;
        int max;
        bool required;
    };

    // Limits of a branch field ("name", "email", ...), per the Diia partner model.
    static Limits branchLimits(const QString &field);
    static QStringList branchFields();

    // Translated label of a field of "organization", "branch" or "service".
    static QString fieldLabel(const QString &record, const QString &field);

    // Whitespace at the ends removed, runs of inner whitespace collapsed (notes keep their lines).
    static Organization normalized(Organization org);
    static Branch normalized(Branch branch);
    static Service normalized(Service service);

    static QList<FieldError> validate(const Organization &org);
    static QList<FieldError> validate(const Branch &branch);
    // Checks the service alone; whether its branch ids exist is the registry's business.
    static QList<FieldError> validate(const Service &service);

    // Single field checks, for inline validation in forms.
    static QList<FieldError> validateBranchField(const QString &field, const QString &value);

    // Register codes with their check digits.
    static bool isValidEdrpou(const QString &code);
    static bool isValidRnokpp(const QString &code);
    static bool isValidEmail(const QString &email);

    // Key used to detect duplicate names and e-mails: case-folded and whitespace-collapsed.
    static QString duplicateKey(const QString &value);
};

} // namespace kopii

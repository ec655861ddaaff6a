// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Validator.h"

#include "core/DocumentKinds.h"

#include <QRegularExpression>

#include <algorithm>
#include <QSet>
#include <QUrl>

namespace kopii {

namespace {

struct BranchField
{
    const char *id;
    Validator::Limits limits;
};

// The Diia partner API's branch model.
constexpr BranchField kBranchFields[] = {
    {"name", {1, 32, true}},      {"email", {6, 100, true}},           {"region", {4, 100, true}},
    {"district", {4, 100, true}}, {"location", {2, 100, true}},        {"street", {4, 100, true}},
    {"house", {1, 20, true}},     {"customFullName", {1, 100, false}}, {"customFullAddress", {1, 200, false}},
    {"note", {0, 1000, false}},
};

constexpr Validator::Limits kOrgNameLimits{1, 200, true};
constexpr Validator::Limits kHeadLimits{3, 150, true};
constexpr Validator::Limits kServiceNameLimits{1, 100, true};
constexpr int kReturnLinkMax = 500;

bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

FieldError error(const QString &record, const QString &field, const QString &rule, const QString &problem)
{
    return {field, rule, QStringLiteral("%1: %2").arg(Validator::fieldLabel(record, field), problem)};
}

// Length rules for a text field; returns false (and appends an error) when the value breaks one.
bool checkLength(QList<FieldError> &errors, const QString &record, const QString &field, const QString &value,
                 Validator::Limits limits)
{
    const int n = int(value.size());
    if (n == 0) {
        if (limits.required)
            errors << error(record, field, QStringLiteral("required"), Validator::tr("is required, but is empty"));
        return !limits.required;
    }
    if (n < limits.min) {
        errors << error(record, field, QStringLiteral("min-length"),
                        Validator::tr("must be at least %n character(s) long, but has %1", nullptr, limits.min).arg(n));
        return false;
    }
    if (n > limits.max) {
        errors << error(record, field, QStringLiteral("max-length"),
                        Validator::tr("must be at most %n character(s) long, but has %1", nullptr, limits.max).arg(n));
        return false;
    }
    return true;
}

bool hasControlCharacters(const QString &value, bool allowNewlines)
{
    for (QChar c : value) {
        if (allowNewlines && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

void checkText(QList<FieldError> &errors, const QString &record, const QString &field, const QString &value,
               Validator::Limits limits, bool multiline = false)
{
    if (!checkLength(errors, record, field, value, limits))
        return;
    if (hasControlCharacters(value, multiline))
        errors << error(record, field, QStringLiteral("control-characters"),
                        Validator::tr("contains invisible control characters; retype the text"));
}

} // namespace

QStringList Validator::branchFields()
{
    QStringList result;
    for (const auto &f : kBranchFields)
        result << QLatin1String(f.id);
    return result;
}

Validator::Limits Validator::branchLimits(const QString &field)
{
    for (const auto &f : kBranchFields)
        if (field == QLatin1String(f.id))
            return f.limits;
    return {0, 0, false};
}

QString Validator::fieldLabel(const QString &record, const QString &field)
{
    if (record == QLatin1String("organization")) {
        if (field == QLatin1String("name"))
            return tr("Organization name");
        if (field == QLatin1String("kind"))
            return tr("Organization type");
        if (field == QLatin1String("code"))
            return tr("Register code");
        if (field == QLatin1String("edrpou"))
            return tr("EDRPOU code");
        if (field == QLatin1String("rnokpp"))
            return tr("RNOKPP (tax number)");
        if (field == QLatin1String("headFullName"))
            return tr("Head's full name");
    } else if (record == QLatin1String("branch")) {
        if (field == QLatin1String("name"))
            return tr("Branch name");
        if (field == QLatin1String("email"))
            return tr("E-mail");
        if (field == QLatin1String("region"))
            return tr("Region");
        if (field == QLatin1String("district"))
            return tr("District");
        if (field == QLatin1String("location"))
            return tr("Settlement");
        if (field == QLatin1String("street"))
            return tr("Street");
        if (field == QLatin1String("house"))
            return tr("House");
        if (field == QLatin1String("customFullName"))
            return tr("Name shown in Diia");
        if (field == QLatin1String("customFullAddress"))
            return tr("Address shown in Diia");
        if (field == QLatin1String("note"))
            return tr("Note");
    } else if (record == QLatin1String("service")) {
        if (field == QLatin1String("name"))
            return tr("Service name");
        if (field == QLatin1String("branches"))
            return tr("Branches");
        if (field == QLatin1String("documentKinds"))
            return tr("Requested documents");
        if (field == QLatin1String("returnLink"))
            return tr("Return link");
    }
    return field;
}

Organization Validator::normalized(Organization org)
{
    org.name = org.name.simplified();
    org.code = org.code.simplified();
    org.headFullName = org.headFullName.simplified();
    return org;
}

Branch Validator::normalized(Branch b)
{
    for (QString *s :
         {&b.name, &b.email, &b.region, &b.district, &b.location, &b.street, &b.house, &b.customFullName, &b.customFullAddress})
        *s = s->simplified();
    b.note = b.note.trimmed();
    return b;
}

Service Validator::normalized(Service s)
{
    s.name = s.name.simplified();
    s.returnLink = s.returnLink.trimmed();
    std::sort(s.branchIds.begin(), s.branchIds.end());
    s.branchIds.erase(std::unique(s.branchIds.begin(), s.branchIds.end()), s.branchIds.end());
    QStringList kinds;
    for (const auto &k : s.documentKinds) {
        const QString code = k.trimmed();
        if (!kinds.contains(code))
            kinds << code;
    }
    s.documentKinds = kinds;
    return s;
}

bool Validator::isValidEdrpou(const QString &code)
{
    if (code.size() != 8 || !allDigits(code))
        return false;
    int d[8];
    for (int i = 0; i < 8; ++i)
        d[i] = code.at(i).digitValue();
    const qint64 value = code.toLongLong();
    // The State Statistics Service's rule: weights 1..7, or 7,1..6 for codes 30000000..60000000;
    // if the remainder is 10, weights +2 and again; a second 10 means check digit 0.
    const bool shifted = value >= 30000000 && value < 60000000;
    auto sum = [&](int add) {
        int s = 0;
        for (int i = 0; i < 7; ++i) {
            const int w = (shifted ? (i == 0 ? 7 : i) : i + 1) + add;
            s += d[i] * w;
        }
        return s % 11;
    };
    int check = sum(0);
    if (check == 10) {
        check = sum(2);
        if (check == 10)
            check = 0;
    }
    return check == d[7];
}

bool Validator::isValidRnokpp(const QString &code)
{
    if (code.size() != 10 || !allDigits(code))
        return false;
    static constexpr int weights[9] = {-1, 5, 7, 9, 4, 6, 10, 5, 7};
    int s = 0;
    for (int i = 0; i < 9; ++i)
        s += code.at(i).digitValue() * weights[i];
    const int check = ((s % 11) + 11) % 11 % 10;
    return check == code.at(9).digitValue();
}

bool Validator::isValidEmail(const QString &email)
{
    const int at = int(email.lastIndexOf(QLatin1Char('@')));
    if (at <= 0 || at == email.size() - 1)
        return false;
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    static const QRegularExpression localRe(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    if (!localRe.match(local).hasMatch() || local.size() > 64)
        return false;
    // Domains may be internationalised (школа.укр): check their ASCII form.
    const QString ace = QString::fromLatin1(QUrl::toAce(domain));
    static const QRegularExpression domainRe(
        QStringLiteral("^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return !ace.isEmpty() && domainRe.match(ace).hasMatch();
}

QString Validator::duplicateKey(const QString &value)
{
    return value.simplified().toCaseFolded();
}

QList<FieldError> Validator::validate(const Organization &org)
{
    const QString rec = QStringLiteral("organization");
    QList<FieldError> errors;
    checkText(errors, rec, QStringLiteral("name"), org.name, kOrgNameLimits);

    const bool legal = org.kind == OrganizationKind::LegalEntity;
    const QString codeField = legal ? QStringLiteral("edrpou") : QStringLiteral("rnokpp");
    const int digits = legal ? 8 : 10;
    if (org.code.isEmpty()) {
        errors << error(rec, codeField, QStringLiteral("required"), tr("is required, but is empty"));
    } else if (org.code.size() != digits || !allDigits(org.code)) {
        errors << error(rec, codeField, QStringLiteral("format"),
                        tr("must be exactly %n digit(s), but \"%1\" is not", nullptr, digits).arg(org.code));
    } else if (legal ? !isValidEdrpou(org.code) : !isValidRnokpp(org.code)) {
        errors << error(rec, codeField, QStringLiteral("checksum"),
                        tr("the check digit of %1 does not match; look for a mistyped digit").arg(org.code));
    }

    if (checkLength(errors, rec, QStringLiteral("headFullName"), org.headFullName, kHeadLimits)) {
        static const QRegularExpression nameRe(QStringLiteral("^[\\p{L}][\\p{L}'’ʼ`\\-.]*( [\\p{L}][\\p{L}'’ʼ`\\-.]*)+$"));
        if (!nameRe.match(org.headFullName).hasMatch())
            errors << error(rec, QStringLiteral("headFullName"), QStringLiteral("format"),
                            tr("must be a surname and a name (and patronymic) in letters, separated by spaces"));
    }
    return errors;
}

QList<FieldError> Validator::validateBranchField(const QString &field, const QString &value)
{
    const QString rec = QStringLiteral("branch");
    QList<FieldError> errors;
    const Limits limits = branchLimits(field);
    const bool multiline = field == QLatin1String("note");
    checkText(errors, rec, field, value, limits, multiline);
    if (errors.isEmpty() && field == QLatin1String("email") && !value.isEmpty() && !isValidEmail(value))
        errors << error(rec, field, QStringLiteral("format"),
                        tr("\"%1\" is not an e-mail address of the form name@example.com").arg(value));
    return errors;
}

QList<FieldError> Validator::validate(const Branch &b)
{
    QList<FieldError> errors;
    const QString values[] = {b.name,   b.email, b.region,         b.district,          b.location,
                              b.street, b.house, b.customFullName, b.customFullAddress, b.note};
    int i = 0;
    for (const auto &f : kBranchFields)
        errors << validateBranchField(QLatin1String(f.id), values[i++]);
    return errors;
}

QList<FieldError> Validator::validate(const Service &s)
{
    const QString rec = QStringLiteral("service");
    QList<FieldError> errors;
    checkText(errors, rec, QStringLiteral("name"), s.name, kServiceNameLimits);

    if (s.documentKinds.isEmpty()) {
        errors << error(rec, QStringLiteral("documentKinds"), QStringLiteral("required"),
                        tr("choose at least one document to request"));
    } else {
        const auto &catalog = DocumentKindCatalog::instance();
        for (const auto &code : s.documentKinds)
            if (!catalog.find(code))
                errors << error(rec, QStringLiteral("documentKinds"), QStringLiteral("unknown-code"),
                                tr("\"%1\" is not a known document kind; known kinds: %2")
                                    .arg(code, catalog.codes().join(QStringLiteral(", "))));
    }

    if (!s.returnLink.isEmpty()) {
        const QUrl url(s.returnLink, QUrl::StrictMode);
        if (s.returnLink.size() > kReturnLinkMax)
            errors << error(
                rec, QStringLiteral("returnLink"), QStringLiteral("max-length"),
                tr("must be at most %n character(s) long, but has %1", nullptr, kReturnLinkMax).arg(s.returnLink.size()));
        else if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            errors << error(rec, QStringLiteral("returnLink"), QStringLiteral("format"),
                            tr("\"%1\" is not a web address starting with https://").arg(s.returnLink));
    }
    return errors;
}

} // namespace kopii

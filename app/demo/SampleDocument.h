// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kopii {

// A fictitious person for sample copies. Every field is made up; the documents say so on every page.
struct SamplePerson
{
    QString surname = QStringLiteral("Петренко");
    QString givenNames = QStringLiteral("Марія Іванівна");
    QString birthDate = QStringLiteral("14.03.1990");
    QString birthPlace = QStringLiteral("м. Буча, Київська обл.");
    QString rnokpp = QStringLiteral("3198765436");
    QString email = QStringLiteral("maria.petrenko@example.net");
    QString fullName() const { return surname + QLatin1Char(' ') + givenNames; }
};

// Renders the PDF copy of a document as the Diia app shares it, with clearly fictitious data: a
// "SAMPLE" band on every page. For the demo workspace and the reference citizen app.
class SampleDocument
{
public:
    // `kindCode` from the document-kind catalog (an unknown code renders as a generic document).
    // Needs a QGuiApplication (fonts).
    static QByteArray pdf(const QString &kindCode, const SamplePerson &person);
};

} // namespace kopii

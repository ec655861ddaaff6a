// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/SampleDocument.h"

#include "core/DocumentKinds.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace kopii {

namespace {

// A stable, made-up document number per kind and person.
QString documentNumber(const QString &kindCode, const SamplePerson &person)
{
    const size_t h = qHash(kindCode + person.rnokpp);
    return QStringLiteral("%1").arg(qulonglong(h % 1000000000ULL), 9, 10, QLatin1Char('0'));
}

} // namespace

QByteArray SampleDocument::pdf(const QString &kindCode, const SamplePerson &person)
{
    const DocumentKind *kind = DocumentKindCatalog::instance().find(kindCode);
    // The copy is the citizen's document: Ukrainian, as Diia issues it, whatever the UI language.
    const QString title = kind ? kind->nameUk : QStringLiteral("Документ");

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Kopii sample"));
    QPainter p(&writer);
    const QRect page(0, 0, writer.width(), writer.height());
    const int margin = 110;
    QRect area = page.adjusted(margin, margin, -margin, -margin);

    // The "sample" band: it can never be mistaken for a real document.
    p.save();
    p.translate(page.center());
    p.rotate(-35);
    QFont band(QStringLiteral("DejaVu Sans"), 36, QFont::Bold);
    p.setFont(band);
    p.setPen(QColor(220, 40, 40, 70));
    p.drawText(QRect(-1050, -200, 2100, 400), Qt::AlignCenter, QStringLiteral("ЗРАЗОК · ДАНІ ВИГАДАНІ"));
    p.restore();

    p.setPen(Qt::black);
    QFont head(QStringLiteral("DejaVu Sans"), 11, QFont::Bold);
    QFont text(QStringLiteral("DejaVu Sans"), 11);
    QFont small(QStringLiteral("DejaVu Sans"), 8);
    p.setFont(small);
    p.drawText(area, Qt::AlignTop | Qt::AlignLeft, QStringLiteral("Дія · цифрова копія документа"));
    p.drawText(area, Qt::AlignTop | Qt::AlignRight, QStringLiteral("ЗРАЗОК — не є документом"));
    area.setTop(area.top() + 90);
    p.setFont(QFont(QStringLiteral("DejaVu Sans"), 16, QFont::Bold));
    QRect titleRect = p.boundingRect(area, Qt::AlignHCenter | Qt::TextWordWrap, title);
    p.drawText(area, Qt::AlignHCenter | Qt::TextWordWrap, title);
    area.setTop(titleRect.bottom() + 80);

    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("Прізвище"), person.surname},
        {QStringLiteral("Ім'я, по батькові"), person.givenNames},
        {QStringLiteral("Дата народження"), person.birthDate},
        {QStringLiteral("Місце народження"), person.birthPlace},
        {QStringLiteral("РНОКПП"), person.rnokpp},
        {QStringLiteral("Номер документа"), documentNumber(kindCode, person)},
    };
    const int labelWidth = area.width() * 2 / 5;
    for (const auto &[label, value] : fields) {
        p.setFont(head);
        p.drawText(QRect(area.left(), area.top(), labelWidth, 60), Qt::AlignLeft | Qt::AlignVCenter, label);
        p.setFont(text);
        p.drawText(QRect(area.left() + labelWidth, area.top(), area.width() - labelWidth, 60), Qt::AlignLeft | Qt::AlignVCenter,
                   value);
        p.setPen(QColor(200, 200, 200));
        p.drawLine(area.left(), area.top() + 64, area.right(), area.top() + 64);
        p.setPen(Qt::black);
        area.setTop(area.top() + 80);
    }
    // A photo placeholder for identity documents.
    if (kind && (kindCode.contains(QLatin1String("passport")) || kindCode == QLatin1String("driver-license"))) {
        const QRect photo(area.right() - 300, area.top() + 40, 300, 390);
        p.setPen(QPen(QColor(120, 120, 120), 3, Qt::DashLine));
        p.drawRect(photo);
        p.setFont(small);
        p.drawText(photo, Qt::AlignCenter, QStringLiteral("фото"));
    }
    p.setFont(small);
    p.setPen(QColor(90, 90, 90));
    p.drawText(page.adjusted(margin, margin, -margin, -margin), Qt::AlignBottom | Qt::AlignLeft | Qt::TextWordWrap,
               QStringLiteral("Копію сформовано застосунком «Дія» та підписано кваліфікованим електронним підписом "
                              "власника документа. Усі дані в цьому зразку вигадані."));
    p.end();
    return bytes;
}

} // namespace kopii

// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: 100 A4 posters (each with its own code) laid out and written into one PDF.
// Prints time, peak memory and file size; asserts only that the PDF reads back.
#include "qr/PosterExport.h"
#include "qr/PosterLayout.h"
#include "qr/QrDecoder.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <sys/resource.h>

using namespace kopii;

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = 100;
    QElapsedTimer total;
    total.start();
    QList<PosterLayout> posters;
    for (int i = 0; i < count; ++i) {
        PosterContent c;
        c.organizationName = QStringLiteral("Бучанський ліцей № 1 Бучанської міської ради Київської області");
        c.organizationCodeLabel = QStringLiteral("Код ЄДРПОУ 14360570");
        c.serviceName = QStringLiteral("Послуга № %1: довідка з місця навчання").arg(i + 1);
        c.branchName = QStringLiteral("Головний корпус");
        c.branchAddress = QStringLiteral("вул. Вокзальна, 1, Буча, Бучанський р-н, Київська обл.");
        c.documents = {QStringLiteral("Паспорт громадянина України"), QStringLiteral("Свідоцтво про народження")};
        c.qrText = QStringLiteral("https://diia.app/acquirers/offer-request/dynamic/bench-%1-4c9a4f0e7b1d").arg(i).toUtf8();
        c.posterId = QStringLiteral("B%1").arg(i);
        c.date = QDate(2026, 11, 26);
        auto layout = PosterLayout::make(c, PosterOptions{});
        if (!layout) {
            out << "layout failed: " << layout.error().message << "\n";
            return 1;
        }
        posters << *layout;
    }
    const qint64 layoutMs = total.elapsed();
    QElapsedTimer t;
    t.start();
    const auto pdf = PosterExport::pdf(posters);
    if (!pdf)
        return 1;
    const qint64 pdfMs = t.elapsed();
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    out << "100 A4 posters: layout " << layoutMs << " ms, PDF " << pdfMs << " ms, total " << total.elapsed() << " ms\n";
    out << "PDF size: " << pdf->size() / 1024 << " KiB (" << pdf->size() / count << " bytes per poster)\n";
    out << "peak memory (max RSS): " << usage.ru_maxrss / 1024 << " MiB\n";
    // The output must still be right: the first page's code reads back.
    const auto codes = QrDecoder::decodeData(*pdf, QStringLiteral("bench.pdf"));
    if (!codes || codes->isEmpty() || codes->first().bytes != posters.first().content().qrText) {
        out << "the PDF does not read back\n";
        return 1;
    }
    return 0;
}

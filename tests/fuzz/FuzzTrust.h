// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A trust store for the fuzz targets that knows the real Ukrainian chain of the fixtures (the ЦЗО
// root is bundled; the Diia CA is added), so that signatures reach the chain and revocation checks.
#include "FuzzSupport.h"
#include "crypto/TrustStore.h"
#include "core/Workspace.h"

#include <QDir>
#include <QFile>

#include <cstdlib>
#include <string>
#include <QTemporaryDir>

namespace kopii::fuzz {

inline TrustStore &trust()
{
    struct Holder
    {
        QTemporaryDir dir;
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<TrustStore> trust;
    };
    static Holder *holder = [] {
        application();
        auto *h = new Holder;
        auto opened = Workspace::open(h->dir.filePath(QStringLiteral("ws")));
        if (!opened)
            qFatal("fuzz: no workspace: %s", qPrintable(opened.error().message));
        h->workspace = std::move(opened).value();
        // The holder lives until the process ends (fuzz inputs run until then); its folder goes
        // at the exit, or every run would leave one behind in the temporary folder.
        static const std::string folder = h->dir.path().toStdString();
        std::atexit([] { QDir(QString::fromStdString(folder)).removeRecursively(); });
        h->trust = std::make_unique<TrustStore>(h->workspace->session());
        if (!h->trust->load())
            qFatal("fuzz: the trust store does not load");
        QFile ca(QStringLiteral(KOPII_FIXTURES "/ua/certs/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer"));
        if (ca.open(QIODevice::ReadOnly))
            if (!h->trust->addForThisRun(ca.readAll(), QStringLiteral("diia-ca.cer")))
                qFatal("fuzz: the Diia CA is not taken");
        return h;
    }();
    return *holder->trust;
}

} // namespace kopii::fuzz

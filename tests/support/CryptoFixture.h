// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CryptoTestUtil.h"
#include "TestTrust.h"
#include "crypto/TrustStore.h"
#include "core/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace kopii::test {

// A fresh workspace with its trust store; trustTestPki() imports the test root and CA.
struct CryptoWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<TrustStore> trust;

    bool open()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        if (!ws)
            return false;
        workspace = std::move(ws).value();
        trust = std::make_unique<TrustStore>(workspace->session());
        return bool(trust->load());
    }
    SqlSession &session() { return workspace->session(); }
    bool trustTestPki() { return test::trustTestPki(*trust); }
    bool trustTestPkiWithCrl() { return test::trustTestPkiWithCrl(*trust); }
};

} // namespace kopii::test

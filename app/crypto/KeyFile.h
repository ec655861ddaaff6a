// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Secret.h"
#include "crypto/Signer.h"

#include <QCoreApplication>

#include <memory>

namespace kopii {

// A key file: PKCS#12 (.p12, .pfx), including old ones protected with RC2/3DES.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    // Opens the file with the password. The error says what is wrong: no such file, wrong
    // password, a container kind or algorithm this version does not open yet, no key inside.
    static Result<std::unique_ptr<Signer>> open(const QString &path, const Secret &password);
    static Result<std::unique_ptr<Signer>> openData(const QByteArray &data, const QString &name, const Secret &password);
    // A DSTU 4145 key given as plain PKCS#8 with its certificate (test and demo keys made by
    // DstuIssuer; real keys come in protected containers).
    static Result<std::unique_ptr<Signer>> fromNationalKey(const QByteArray &privateKeyInfo, const QByteArray &certificate,
                                                           const QString &name);
};

} // namespace kopii

// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/national/Dstu4145.h"

#include "crypto/national/Der.h"
#include "crypto/national/Kupyna.h"
#include "crypto/national/OpenSsl.h"
#include "core/Secret.h"

#include <openssl/bn.h>
#include <openssl/ec.h>

#include <QHash>
#include <QMutex>

#include <algorithm>

namespace kopii {

namespace {

using Bn = std::unique_ptr<BIGNUM, ossl::Deleter<BIGNUM, BN_clear_free>>; // secrets among them
using BnCtx = std::unique_ptr<BN_CTX, ossl::Deleter<BN_CTX, BN_CTX_free>>;
using Group = std::unique_ptr<EC_GROUP, ossl::Deleter<EC_GROUP, EC_GROUP_free>>;
using Point = std::unique_ptr<EC_POINT, ossl::Deleter<EC_POINT, EC_POINT_free>>;

// The ten standard curves of DSTU 4145-2002 (polynomial basis), named by
// 1.2.804.2.1.1.1.1.3.1.1.2.0 … .2.9 (order of the Ministry of Justice and the State Service of
// Special Communications No. 1236/5/453 of 20.08.2012): the field polynomial's exponents, A, and
// B, the order n and the base point as big-endian hex. tst_dstu checks each base point lies on its
// curve with order n.
struct StandardCurve
{
    int exponents[4];
    int a;
    const char *b, *n, *px, *py;
};

const StandardCurve kStandardCurves[] = {
    {{163, 7, 6, 3},
     1,
     "05ff6108462a2dc8210ab403925e638a19c1455d21",
     "0400000000000000000002bec12be2262d39bcf14d",
     "02e2f85f5dd74ce983a5c4237229daf8a3f35823be",
     "03826f008a8c51d7b95284d9d03ff0e00ce2cd723a"},
    {{167, 6},
     1,
     "6ee3ceeb230811759f20518a0930f1a4315a827dac",
     "3fffffffffffffffffffffb12ebcc7d7f29ff7701f",
     "7a1f6653786a68192803910a3d30b2a2018b21cd54",
     "5f49eb26781c0ec6b8909156d98ed435e45fd59918"},
    {{173, 10, 2, 1},
     0,
     "108576c80499db2fc16eddf6853bbb278f6b6fb437d9",
     "0800000000000000000000189b4e67606e3825bb2831",
     "04d41a619bcc6eadf0448fa22fad567a9181d37389ca",
     "10b51cc12849b234c75e6dd2028bf7ff5c1ce0d991a1"},
    {{179, 4, 2, 1},
     1,
     "04a6e0856526436f2f88dd07a341e32d04184572beb710",
     "03ffffffffffffffffffffffb981960435fe5ab64236ef",
     "06ba06fe51464b2bd26dc57f48819ba9954667022c7d03",
     "025fbc363582dcec065080ca8287aaff09788a66dc3a9e"},
    {{191, 9},
     1,
     "7bc86e2102902ec4d5890e8b6b4981ff27e0482750fefc03",
     "40000000000000000000000069a779cac1dabc6788f7474f",
     "714114b762f2ff4a7912a6d2ac58b9b5c2fcfe76daeb7129",
     "29c41e568b77c617efe5902f11db96fa9613cd8d03db08da"},
    {{233, 9, 4, 1},
     1,
     "6973b15095675534c7cf7e64a21bd54ef5dd3b8a0326aa936ece454d2c",
     "01000000000000000000000000000013e974e72f8a6922031d2603cfe0d7",
     "3fcda526b6cdf83ba1118df35b3c31761d3545f32728d003eeb25efe96",
     "9ca8b57a934c54deeda9e54a7bbad95e3b2e91c54d32be0b9df96d8d35"},
    {{257, 12},
     0,
     "01cef494720115657e18f938d7a7942394ff9425c1458c57861f9eea6adbe3be10",
     "800000000000000000000000000000006759213af182e987d3e17714907d470d",
     "2a29ef207d0e9b6c55cd260b306c7e007ac491ca1b10c62334a9e8dcd8d20fb7",
     "010686d41ff744d4449fccf6d8eea03102e6812c93a9d60b978b702cf156d814ef"},
    {{307, 8, 4, 2},
     1,
     "0393c7f7d53666b5054b5e6c6d3de94f4296c0c599e2e2e241050df18b6090bdc90186904968bb",
     "03ffffffffffffffffffffffffffffffffffffffc079c2f3825da70d390fbba588d4604022b7b7",
     "0216ee8b189d291a0224984c1e92f1d16bf75ccd825a087a239b276d3167743c52c02d6e7232aa",
     "05d9306bacd22b7faeb09d2e049c6e2866c5d1677762a8f2f2dc9a11c7f7be8340ab2237c7f2a0"},
    {{367, 21},
     1,
     "43fc8ad242b0b7a6f3d1627ad5654447556b47bf6aa4a64b0c2afe42cadab8f93d92394c79a79755437b56995136",
     "40000000000000000000000000000000000000000000009c300b75a3fa824f22428fd28ce8812245ef44049b2d49",
     "324a6eddd512f08c49a99ae0d3f961197a76413e7be81a400ca681e09639b5fe12e59a109f78bf4a373541b3b9a1",
     "01ab597a5b4477f59e39539007c7f977d1a567b92b043a49c6b61984c3fe3481aaf454cd41ba1f051626442b3c10"},
    {{431, 5, 3, 1},
     1,
     "03ce10490f6a708fc26dfe8c3d27c4f94e690134d5bff988d8d28aaeaede975936c66bac536b18ae2dc312ca493117daa469c640caf3",
     "3fffffffffffffffffffffffffffffffffffffffffffffffffffffba3175458009a8c0a724f02f81aa8a1fcbaf80d90c7a95110504cf",
     "1a62ba79d98133a16bbae7ed9a8e03c32e0824d57aef72f88986874e5aae49c27bed49a2a95058068426c2171e99fd3b43c5947c857d",
     "70b5e1e14031c1f70bbefe96bdde66f451754b4ca5f48da241f331aa396b8d1839a855c1769b1ea14ba53308b5e2723724e090e02db9"},
};

const QString kOidStandardCurve = QStringLiteral("1.2.804.2.1.1.1.1.3.1.1.2.");

Bn bnBig(const QByteArray &be)
{
    return Bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(be.constData()), int(be.size()), nullptr));
}

Bn bnLittle(const QByteArray &le)
{
    return Bn(BN_lebin2bn(reinterpret_cast<const unsigned char *>(le.constData()), int(le.size()), nullptr));
}

QByteArray bigBytes(const BIGNUM *bn)
{
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

Error invalid(const QString &why)
{
    return Error{Error::Code::Validation, why, {}};
}

} // namespace

struct Dstu4145Key::Data
{
    int m = 0;
    Bn poly, a, b, n;
    Group group;
    Point q;
    Bn secret;            // the private scalar d, when this is a private key; cleared when freed
    QByteArray algorithm; // the AlgorithmIdentifier (DER) the key was read from
    BnCtx ctx{BN_CTX_new()};

    // tr(x) = x + x² + x⁴ + … + x^(2^(m-1)): 0 or 1.
    int trace(const BIGNUM *x, BN_CTX *c) const
    {
        Bn t(BN_dup(x)), sum(BN_dup(x));
        for (int i = 1; i < m; ++i) {
            BN_GF2m_mod_sqr(t.get(), t.get(), poly.get(), c);
            BN_GF2m_add(sum.get(), sum.get(), t.get());
        }
        return BN_is_one(sum.get()) ? 1 : 0;
    }
    // tr(A) for A = 0 or 1: tr(1) = m mod 2.
    int traceOfA() const { return BN_is_zero(a.get()) ? 0 : (m & 1); }

    // The private scalar and its public point Q = -dP.
    Status setSecret(Bn scalar)
    {
        secret = std::move(scalar);
        BN_set_flags(secret.get(), BN_FLG_CONSTTIME);
        Point p(EC_POINT_new(group.get()));
        if (!p || !EC_POINT_mul(group.get(), p.get(), secret.get(), nullptr, nullptr, ctx.get())
            || !EC_POINT_invert(group.get(), p.get(), ctx.get()))
            return Error{
                Error::Code::Internal, Dstu4145Key::tr("A DSTU 4145 computation failed inside OpenSSL."), {}, ossl::lastError()};
        q = std::move(p);
        return {};
    }

    Result<Point> decompress(const BIGNUM *packed)
    {
        Point p(EC_POINT_new(group.get()));
        Bn x(BN_dup(packed)), y(BN_new());
        if (!p || !x || !y)
            return Error{
                Error::Code::Internal, Dstu4145Key::tr("A DSTU 4145 computation failed inside OpenSSL."), {}, ossl::lastError()};
        if (BN_is_zero(x.get())) {
            BN_GF2m_mod_sqrt(y.get(), b.get(), poly.get(), ctx.get());
        } else {
            const int k = BN_is_bit_set(x.get(), 0);
            BN_clear_bit(x.get(), 0);
            if (trace(x.get(), ctx.get()) != traceOfA())
                BN_set_bit(x.get(), 0);
            // z² + z = x + A + B/x²; then y = z·x with tr(z) = k.
            Bn inv(BN_new()), w(BN_new()), z(BN_new());
            if (!BN_GF2m_mod_inv(inv.get(), x.get(), poly.get(), ctx.get()))
                return invalid(Dstu4145Key::tr("The point is not on the curve."));
            BN_GF2m_mod_sqr(inv.get(), inv.get(), poly.get(), ctx.get());
            BN_GF2m_mod_mul(w.get(), b.get(), inv.get(), poly.get(), ctx.get());
            BN_GF2m_add(w.get(), w.get(), x.get());
            BN_GF2m_add(w.get(), w.get(), a.get());
            if (!BN_GF2m_mod_solve_quad(z.get(), w.get(), poly.get(), ctx.get())) {
                ossl::clearErrors();
                return invalid(Dstu4145Key::tr("The point is not on the curve."));
            }
            if (trace(z.get(), ctx.get()) != k)
                BN_GF2m_add(z.get(), z.get(), BN_value_one());
            BN_GF2m_mod_mul(y.get(), z.get(), x.get(), poly.get(), ctx.get());
        }
        if (!EC_POINT_set_affine_coordinates(group.get(), p.get(), x.get(), y.get(), ctx.get())
            || EC_POINT_is_on_curve(group.get(), p.get(), ctx.get()) != 1) {
            ossl::clearErrors();
            return invalid(Dstu4145Key::tr("The point is not on the curve."));
        }
        return p;
    }

    Status build(const QList<int> &exponents, int aValue, Bn bValue, Bn order)
    {
        if (exponents.size() != 2 && exponents.size() != 4)
            return invalid(Dstu4145Key::tr("The field polynomial must have three or five terms."));
        if (exponents.first() < 100 || exponents.first() > 700 || aValue < 0 || aValue > 1 || !bValue || !order)
            return invalid(Dstu4145Key::tr("The curve parameters are out of range."));
        m = exponents.first();
        int terms[6];
        for (qsizetype i = 0; i < exponents.size(); ++i) {
            terms[i] = exponents.at(i);
            if (i > 0 && (terms[i] <= 0 || terms[i] >= terms[i - 1]))
                return invalid(Dstu4145Key::tr("The field polynomial's exponents are not in order."));
        }
        terms[exponents.size()] = 0;
        terms[exponents.size() + 1] = -1;
        poly.reset(BN_new());
        a.reset(BN_new());
        BN_GF2m_arr2poly(terms, poly.get());
        BN_set_word(a.get(), static_cast<unsigned long>(aValue));
        b = std::move(bValue);
        n = std::move(order);
        if (BN_num_bits(b.get()) > m || BN_is_zero(n.get()) || BN_num_bits(n.get()) > m + 1)
            return invalid(Dstu4145Key::tr("The curve parameters are out of range."));
        group.reset(EC_GROUP_new_curve_GF2m(poly.get(), a.get(), b.get(), ctx.get()));
        if (!group) {
            ossl::clearErrors();
            return invalid(Dstu4145Key::tr("The curve parameters do not define a curve."));
        }
        return {};
    }

    Status setBase(Point base)
    {
        if (EC_GROUP_set_generator(group.get(), base.get(), n.get(), nullptr) != 1) {
            ossl::clearErrors();
            return invalid(Dstu4145Key::tr("The base point or the order is not valid."));
        }
        return {};
    }

    Result<Point> affine(const QByteArray &x, const QByteArray &y)
    {
        Point p(EC_POINT_new(group.get()));
        Bn bx = bnBig(x), by = bnBig(y);
        if (!p || !EC_POINT_set_affine_coordinates(group.get(), p.get(), bx.get(), by.get(), ctx.get())
            || EC_POINT_is_on_curve(group.get(), p.get(), ctx.get()) != 1) {
            ossl::clearErrors();
            return invalid(Dstu4145Key::tr("The point is not on the curve."));
        }
        return p;
    }
};

Dstu4145Key::Dstu4145Key() : d(std::make_unique<Data>()), m_sbox(Gost28147::dke1()) {}
Dstu4145Key::Dstu4145Key(Dstu4145Key &&) noexcept = default;
Dstu4145Key &Dstu4145Key::operator=(Dstu4145Key &&) noexcept = default;
Dstu4145Key::~Dstu4145Key() = default;

int Dstu4145Key::fieldBits() const
{
    return d->m;
}

QByteArray Dstu4145Key::algorithmIdentifier() const
{
    return d->algorithm;
}

int Dstu4145Key::orderBits() const
{
    return BN_num_bits(d->n.get());
}

Result<Dstu4145Key> Dstu4145Key::fromNumbers(const QList<int> &exponents, int a, const QByteArray &b, const QByteArray &n,
                                             const QByteArray &px, const QByteArray &py, const QByteArray &qx,
                                             const QByteArray &qy)
{
    Dstu4145Key key;
    if (Status s = key.d->build(exponents, a, bnBig(b), bnBig(n)); !s)
        return s.error();
    auto base = key.d->affine(px, py);
    if (!base)
        return base.error();
    if (Status s = key.d->setBase(std::move(base).value()); !s)
        return s.error();
    auto q = key.d->affine(qx, qy);
    if (!q)
        return q.error();
    key.d->q = std::move(q).value();
    return key;
}

// The curve from an AlgorithmIdentifier { 1.2.804.2.1.1.1.1.3.1.1, DSTU4145Params }, shared by
// public keys (SubjectPublicKeyInfo) and private keys (PKCS#8).
Status Dstu4145Key::readParameters(const der::Element &algorithmIdentifier)
{
    d->algorithm = algorithmIdentifier.encoded;
    const auto malformed = [] { return invalid(tr("The DSTU 4145 public key is malformed.")); };
    QList<der::Element> algorithm, params, definition;
    if (algorithmIdentifier.tag != der::kSequence || !der::children(algorithmIdentifier.content, &algorithm)
        || algorithm.size() != 2 || algorithm.at(0).tag != der::kOid)
        return malformed();
    // Keys name DSTU 4145 with GOST 34.311; some Kupyna-era keys may name DSTU 4145 with Kupyna.
    if (!national::hashOfSignatureAlgorithm(der::oid(algorithm.at(0).content)))
        return invalid(tr("The key's algorithm %1 is not DSTU 4145 (polynomial basis, little-endian).")
                           .arg(der::oid(algorithm.at(0).content)));
    if (algorithm.at(1).tag != der::kSequence || !der::children(algorithm.at(1).content, &params) || params.isEmpty())
        return malformed();
    if (params.size() > 1) {
        if (params.at(1).tag != der::kOctetString || !Gost28147::unpack(params.at(1).content, &m_sbox))
            return invalid(tr("The key's S-box (DKE) is malformed."));
    }
    if (params.at(0).tag == der::kOid) {
        // A standard curve by name.
        const QString name = der::oid(params.at(0).content);
        bool ok = false;
        const int index = name.startsWith(kOidStandardCurve) ? name.mid(kOidStandardCurve.size()).toInt(&ok) : -1;
        if (!ok || index < 0 || index >= int(std::size(kStandardCurves)))
            return invalid(tr("The key names the curve %1, which is not one of the standard DSTU 4145 curves.").arg(name));
        const StandardCurve &curve = kStandardCurves[index];
        QList<int> exponents;
        for (int e : curve.exponents)
            if (e > 0)
                exponents << e;
        if (Status s = d->build(exponents, curve.a, bnBig(QByteArray::fromHex(curve.b)), bnBig(QByteArray::fromHex(curve.n))); !s)
            return s;
        auto base = d->affine(QByteArray::fromHex(curve.px), QByteArray::fromHex(curve.py));
        if (!base)
            return base.error();
        return d->setBase(std::move(base).value());
    }
    if (params.at(0).tag != der::kSequence || !der::children(params.at(0).content, &definition))
        return malformed();
    if (!definition.isEmpty() && definition.first().tag == 0xa0) // version [0], default 0
        definition.removeFirst();
    QList<der::Element> field, pentanomial;
    if (definition.size() != 5 || definition.at(0).tag != der::kSequence || !der::children(definition.at(0).content, &field)
        || field.size() != 2 || definition.at(2).tag != der::kOctetString || definition.at(3).tag != 0x02
        || definition.at(4).tag != der::kOctetString)
        return malformed();
    QList<int> exponents{der::smallInteger(field.at(0))};
    if (field.at(1).tag == 0x02) {
        exponents << der::smallInteger(field.at(1));
    } else if (field.at(1).tag == der::kSequence && der::children(field.at(1).content, &pentanomial) && pentanomial.size() == 3) {
        // k < j < l in the encoding; the polynomial t^m + t^l + t^j + t^k + 1.
        exponents << der::smallInteger(pentanomial.at(2)) << der::smallInteger(pentanomial.at(1))
                  << der::smallInteger(pentanomial.at(0));
    } else {
        return malformed();
    }
    if (std::any_of(exponents.begin(), exponents.end(), [](int e) { return e < 0; }))
        return malformed();
    const int a = der::smallInteger(definition.at(1));
    if (Status s = d->build(exponents, a, bnLittle(definition.at(2).content), bnBig(definition.at(3).content)); !s)
        return s;
    Bn packedBase = bnLittle(definition.at(4).content);
    auto base = d->decompress(packedBase.get());
    if (!base)
        return invalid(tr("The curve's base point is not on the curve."));
    return d->setBase(std::move(base).value());
}

Result<Dstu4145Key> Dstu4145Key::fromSubjectPublicKeyInfo(const QByteArray &spki)
{
    const auto malformed = [] { return invalid(tr("The DSTU 4145 public key is malformed.")); };
    qsizetype pos = 0;
    der::Element top;
    QList<der::Element> parts;
    if (!der::read(spki, pos, &top) || top.tag != der::kSequence || !der::children(top.content, &parts) || parts.size() != 2)
        return malformed();
    Dstu4145Key key;
    if (Status s = key.readParameters(parts.at(0)); !s)
        return s.error();
    // The key: BIT STRING (no unused bits) holding an OCTET STRING with the compressed point.
    const der::Element &bits = parts.at(1);
    qsizetype inner = 1;
    der::Element point;
    if (bits.tag != 0x03 || bits.content.isEmpty() || bits.content.at(0) != 0 || !der::read(bits.content, inner, &point)
        || point.tag != der::kOctetString || point.content.isEmpty())
        return malformed();
    Bn packed = bnLittle(point.content);
    auto q = key.d->decompress(packed.get());
    if (!q)
        return q.error();
    key.d->q = std::move(q).value();
    return key;
}

Result<Dstu4145Key> Dstu4145Key::fromPrivateKeyInfo(const QByteArray &pkcs8)
{
    // PrivateKeyInfo ::= SEQUENCE { version, AlgorithmIdentifier, privateKey OCTET STRING, attributes? }
    const auto malformed = [] { return invalid(tr("The DSTU 4145 private key is malformed.")); };
    qsizetype pos = 0;
    der::Element top;
    QList<der::Element> parts;
    if (!der::read(pkcs8, pos, &top) || top.tag != der::kSequence || !der::children(top.content, &parts) || parts.size() < 3
        || parts.at(0).tag != 0x02 || parts.at(2).tag != der::kOctetString)
        return malformed();
    Dstu4145Key key;
    if (Status s = key.readParameters(parts.at(1)); !s)
        return s.error();
    // The scalar, little-endian; some software wraps it in one more OCTET STRING.
    QByteArray scalar = parts.at(2).content;
    qsizetype inner = 0;
    der::Element wrapped;
    if (!scalar.isEmpty() && scalar.at(0) == der::kOctetString && der::read(scalar, inner, &wrapped) && inner == scalar.size())
        scalar = wrapped.content;
    Bn secret(BN_lebin2bn(reinterpret_cast<const unsigned char *>(scalar.constData()), int(scalar.size()), nullptr));
    Secret::wipe(scalar);
    if (!secret || BN_is_zero(secret.get()) || BN_cmp(secret.get(), key.d->n.get()) >= 0)
        return malformed();
    if (Status s = key.d->setSecret(std::move(secret)); !s)
        return s.error();
    return key;
}

Result<Dstu4145Key> Dstu4145Key::generate(const QByteArray &algorithmIdentifier)
{
    qsizetype pos = 0;
    der::Element element;
    if (!der::read(algorithmIdentifier, pos, &element))
        return invalid(tr("The DSTU 4145 public key is malformed."));
    Dstu4145Key key;
    if (Status s = key.readParameters(element); !s)
        return s.error();
    Bn secret(BN_new());
    do {
        if (!secret || !BN_priv_rand_range(secret.get(), key.d->n.get()))
            return Error{
                Error::Code::Internal, Dstu4145Key::tr("A DSTU 4145 computation failed inside OpenSSL."), {}, ossl::lastError()};
    } while (BN_is_zero(secret.get()));
    if (Status s = key.d->setSecret(std::move(secret)); !s)
        return s.error();
    return key;
}

QByteArray Dstu4145Key::subjectPublicKeyInfo() const
{
    const BnCtx ctx(BN_CTX_new());
    Bn x(BN_new()), y(BN_new());
    if (!d->q || !EC_POINT_get_affine_coordinates(d->group.get(), d->q.get(), x.get(), y.get(), ctx.get()))
        return {};
    const auto packed = compress(bigBytes(x.get()), bigBytes(y.get()));
    if (!packed)
        return {};
    QByteArray little = packed->rightJustified((d->m + 7) / 8, '\0');
    std::reverse(little.begin(), little.end());
    return der::encode(der::kSequence,
                       d->algorithm + der::encode(0x03, QByteArray(1, '\0') + der::encode(der::kOctetString, little)));
}

QByteArray Dstu4145Key::privateKeyInfo() const
{
    if (!d->secret)
        return {};
    QByteArray little(BN_num_bytes(d->n.get()), '\0');
    BN_bn2lebinpad(d->secret.get(), reinterpret_cast<unsigned char *>(little.data()), int(little.size()));
    const QByteArray out =
        der::encode(der::kSequence, QByteArray::fromHex("020100") + d->algorithm + der::encode(der::kOctetString, little));
    Secret::wipe(little);
    return out;
}

bool Dstu4145Key::hasPrivateKey() const
{
    return bool(d->secret);
}

bool Dstu4145Key::samePublicKey(const Dstu4145Key &other) const
{
    BnCtx ctx(BN_CTX_new());
    Bn x1(BN_new()), y1(BN_new()), x2(BN_new()), y2(BN_new());
    if (!d->q || !other.d->q || d->m != other.d->m || BN_cmp(d->poly.get(), other.d->poly.get()) != 0
        || !EC_POINT_get_affine_coordinates(d->group.get(), d->q.get(), x1.get(), y1.get(), ctx.get())
        || !EC_POINT_get_affine_coordinates(other.d->group.get(), other.d->q.get(), x2.get(), y2.get(), ctx.get()))
        return false;
    return BN_cmp(x1.get(), x2.get()) == 0 && BN_cmp(y1.get(), y2.get()) == 0;
}

Result<QByteArray> Dstu4145Key::signNumbers(const QByteArray &hash, const QByteArray &fixedE) const
{
    const Data &k = *d;
    if (!k.secret)
        return invalid(tr("There is no private key to sign with."));
    const BnCtx ctx(BN_CTX_new());
    Bn h = bnBig(hash), e(BN_new()), r(BN_new()), s(BN_new()), x(BN_new()), y(BN_new());
    Point f(EC_POINT_new(k.group.get()));
    if (!h || !e || !r || !s || !x || !y || !f)
        return Error{
            Error::Code::Internal, Dstu4145Key::tr("A DSTU 4145 computation failed inside OpenSSL."), {}, ossl::lastError()};
    BN_mask_bits(h.get(), k.m);
    if (BN_is_zero(h.get()))
        BN_one(h.get());
    const int rBits = BN_num_bits(k.n.get()) - 1;
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (!fixedE.isEmpty())
            BN_bin2bn(reinterpret_cast<const unsigned char *>(fixedE.constData()), int(fixedE.size()), e.get());
        else if (!BN_priv_rand_range(e.get(), k.n.get()))
            return Error{
                Error::Code::Internal, Dstu4145Key::tr("A DSTU 4145 computation failed inside OpenSSL."), {}, ossl::lastError()};
        if (BN_is_zero(e.get()))
            continue;
        BN_set_flags(e.get(), BN_FLG_CONSTTIME);
        // F = eP (OpenSSL's ladder for a single scalar); r = h·x(F) cut to one bit less than n;
        // s = (e + d·r) mod n.
        if (!EC_POINT_mul(k.group.get(), f.get(), e.get(), nullptr, nullptr, ctx.get())
            || !EC_POINT_get_affine_coordinates(k.group.get(), f.get(), x.get(), y.get(), ctx.get()))
            return Error{
                Error::Code::Internal, Dstu4145Key::tr("A DSTU 4145 computation failed inside OpenSSL."), {}, ossl::lastError()};
        if (BN_is_zero(x.get()))
            continue;
        BN_GF2m_mod_mul(r.get(), h.get(), x.get(), k.poly.get(), ctx.get());
        BN_mask_bits(r.get(), rBits);
        if (BN_is_zero(r.get()))
            continue;
        if (!BN_mod_mul(s.get(), k.secret.get(), r.get(), k.n.get(), ctx.get())
            || !BN_mod_add(s.get(), s.get(), e.get(), k.n.get(), ctx.get()))
            return Error{
                Error::Code::Internal, Dstu4145Key::tr("A DSTU 4145 computation failed inside OpenSSL."), {}, ossl::lastError()};
        BN_clear(e.get());
        if (BN_is_zero(s.get()))
            continue;
        const int size = (BN_num_bits(k.n.get()) + 7) / 8;
        QByteArray out(2 * size, '\0');
        BN_bn2bin(r.get(), reinterpret_cast<unsigned char *>(out.data()) + size - BN_num_bytes(r.get()));
        BN_bn2bin(s.get(), reinterpret_cast<unsigned char *>(out.data()) + 2 * size - BN_num_bytes(s.get()));
        return out; // r‖s, big-endian
    }
    return Error{Error::Code::Internal, tr("No signature could be made."), {}};
}

Result<QByteArray> Dstu4145Key::signHash(const QByteArray &hash) const
{
    QByteArray big = hash;
    std::reverse(big.begin(), big.end());
    auto rs = signNumbers(big, {});
    if (!rs)
        return rs.error();
    // Little-endian r‖s, each half reversed.
    QByteArray out = *rs;
    const qsizetype half = out.size() / 2;
    std::reverse(out.begin(), out.begin() + half);
    std::reverse(out.begin() + half, out.end());
    return out;
}

Result<QByteArray> Dstu4145Key::sign(const QByteArray &data, NationalHash hash) const
{
    return signHash(digest(data, hash));
}

Result<std::shared_ptr<const Dstu4145Key>> Dstu4145Key::cached(const QByteArray &spki)
{
    static QMutex mutex;
    static QHash<QByteArray, std::shared_ptr<const Dstu4145Key>> keys;
    {
        const QMutexLocker lock(&mutex);
        if (const auto found = keys.constFind(spki); found != keys.constEnd())
            return *found;
    }
    auto key = fromSubjectPublicKeyInfo(spki);
    if (!key)
        return key.error();
    auto shared = std::make_shared<const Dstu4145Key>(std::move(key).value());
    const QMutexLocker lock(&mutex);
    if (keys.size() >= 512)
        keys.clear();
    keys.insert(spki, shared);
    return shared;
}

Result<std::shared_ptr<const Dstu4145Key>> Dstu4145Key::ofCertificate(const QByteArray &certificateDer)
{
    const auto spki = subjectPublicKeyInfo(certificateDer);
    if (!spki)
        return spki.error();
    return cached(*spki);
}

Status Dstu4145Key::verifyNumbers(const QByteArray &hash, const QByteArray &rBytes, const QByteArray &sBytes) const
{
    const Data &k = *d;
    const BnCtx ctx(BN_CTX_new()); // one per call: the key may be shared between threads
    Bn r = bnBig(rBytes), s = bnBig(sBytes), h = bnBig(hash);
    if (!r || !s || !h || !k.q)
        return Error{
            Error::Code::Internal, Dstu4145Key::tr("A DSTU 4145 computation failed inside OpenSSL."), {}, ossl::lastError()};
    if (BN_is_zero(r.get()) || BN_is_zero(s.get()) || BN_cmp(r.get(), k.n.get()) >= 0 || BN_cmp(s.get(), k.n.get()) >= 0)
        return invalid(tr("The signature's numbers are out of range."));
    // The hash as a field element: its lowest m bits, 1 when they are all zero.
    BN_mask_bits(h.get(), k.m);
    if (BN_is_zero(h.get()))
        BN_one(h.get());
    // R = sP + rQ; r must equal h·x(R) cut to one bit less than the order.
    Point rp(EC_POINT_new(k.group.get()));
    Bn x(BN_new()), y(BN_new());
    if (!rp || !EC_POINT_mul(k.group.get(), rp.get(), s.get(), k.q.get(), r.get(), ctx.get()))
        return Error{
            Error::Code::Internal, Dstu4145Key::tr("A DSTU 4145 computation failed inside OpenSSL."), {}, ossl::lastError()};
    if (EC_POINT_is_at_infinity(k.group.get(), rp.get()))
        return invalid(tr("The signature does not match the key."));
    if (!EC_POINT_get_affine_coordinates(k.group.get(), rp.get(), x.get(), y.get(), ctx.get()))
        return Error{
            Error::Code::Internal, Dstu4145Key::tr("A DSTU 4145 computation failed inside OpenSSL."), {}, ossl::lastError()};
    BN_GF2m_mod_mul(y.get(), h.get(), x.get(), k.poly.get(), ctx.get());
    BN_mask_bits(y.get(), BN_num_bits(k.n.get()) - 1);
    if (BN_cmp(y.get(), r.get()) != 0)
        return invalid(tr("The signature does not match the key."));
    return {};
}

Status Dstu4145Key::verifyHash(const QByteArray &hash, const QByteArray &signature) const
{
    if (signature.isEmpty() || signature.size() % 2 != 0 || signature.size() > 2 * 80)
        return invalid(tr("The signature has a wrong length (%1 bytes).").arg(signature.size()));
    const qsizetype half = signature.size() / 2;
    auto big = [](QByteArray le) {
        std::reverse(le.begin(), le.end());
        return le;
    };
    return verifyNumbers(big(hash), big(signature.left(half)), big(signature.mid(half)));
}

Status Dstu4145Key::verify(const QByteArray &data, const QByteArray &signature, NationalHash hash) const
{
    return verifyHash(digest(data, hash), signature);
}

namespace {

// Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }, and
// the same shape in CRLs and in OCSP's BasicOCSPResponse (there with [0] certs after it).
bool splitCertificate(const QByteArray &der, QList<der::Element> *parts)
{
    qsizetype pos = 0;
    der::Element top;
    return der::read(der, pos, &top) && top.tag == der::kSequence && der::children(top.content, parts)
        && (parts->size() == 3 || (parts->size() == 4 && parts->at(3).tag == 0xa0)) && parts->at(0).tag == der::kSequence
        && parts->at(1).tag == der::kSequence && parts->at(2).tag == 0x03;
}

} // namespace

Status Dstu4145Key::verifyCertificate(const QByteArray &certificateDer) const
{
    QList<der::Element> parts, algorithm;
    if (!splitCertificate(certificateDer, &parts) || !der::children(parts.at(1).content, &algorithm) || algorithm.isEmpty()
        || algorithm.first().tag != der::kOid)
        return invalid(tr("The certificate is malformed."));
    const auto hash = national::hashOfSignatureAlgorithm(der::oid(algorithm.first().content));
    if (!hash)
        return invalid(
            tr("The certificate is not signed with DSTU 4145 (little-endian) but %1.").arg(der::oid(algorithm.first().content)));
    // The signed part names the same algorithm as the unsigned one outside it (certificates and
    // CRLs carry it twice; an OCSP answer's data does not).
    {
        QList<der::Element> tbs;
        if (!der::children(parts.at(0).content, &tbs))
            return invalid(tr("The certificate is malformed."));
        for (const der::Element &e : std::as_const(tbs)) {
            QList<der::Element> inner;
            if (e.tag != der::kSequence || !der::children(e.content, &inner) || inner.isEmpty() || inner.first().tag != der::kOid)
                continue;
            if (e.encoded != parts.at(1).encoded)
                return invalid(
                    tr("The certificate names one signature algorithm inside its signed part and another outside it."));
            break;
        }
    }
    // The signature: BIT STRING (no unused bits) holding an OCTET STRING of r‖s (certificates and
    // CRLs), or r‖s itself (as some OCSP responders write it).
    const QByteArray &bits = parts.at(2).content;
    if (bits.isEmpty() || bits.at(0) != 0)
        return invalid(tr("The certificate's signature is malformed."));
    qsizetype pos = 1;
    der::Element value;
    if (der::read(bits, pos, &value) && value.tag == der::kOctetString && pos == bits.size())
        return verify(parts.at(0).encoded, value.content, *hash);
    return verify(parts.at(0).encoded, bits.mid(1), *hash);
}

namespace national {

NationalHash hashForCertificate(const QByteArray &certificateDer)
{
    QList<der::Element> parts, algorithm;
    if (!splitCertificate(certificateDer, &parts) || !der::children(parts.at(1).content, &algorithm) || algorithm.isEmpty()
        || algorithm.first().tag != der::kOid)
        return NationalHash::Gost34311;
    return hashOfSignatureAlgorithm(der::oid(algorithm.first().content)).value_or(NationalHash::Gost34311);
}

} // namespace national

Result<QByteArray> Dstu4145Key::subjectPublicKeyInfo(const QByteArray &certificateDer)
{
    QList<der::Element> parts, tbs;
    if (!splitCertificate(certificateDer, &parts) || !der::children(parts.at(0).content, &tbs))
        return invalid(tr("The certificate is malformed."));
    // [0] version (optional), serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo
    const qsizetype at = (!tbs.isEmpty() && tbs.first().tag == 0xa0) ? 6 : 5;
    if (tbs.size() <= at || tbs.at(at).tag != der::kSequence)
        return invalid(tr("The certificate is malformed."));
    return tbs.at(at).encoded;
}

Result<QByteArray> Dstu4145Key::compress(const QByteArray &xBytes, const QByteArray &yBytes) const
{
    const Data &k = *d;
    const BnCtx ctx(BN_CTX_new()); // const methods never share the key's own context
    Bn x = bnBig(xBytes), y = bnBig(yBytes);
    if (BN_is_zero(x.get()))
        return QByteArray(1, '\0');
    Bn inv(BN_new()), z(BN_new());
    if (!BN_GF2m_mod_inv(inv.get(), x.get(), k.poly.get(), ctx.get()))
        return invalid(tr("The point is not on the curve."));
    BN_GF2m_mod_mul(z.get(), y.get(), inv.get(), k.poly.get(), ctx.get());
    if (k.trace(z.get(), ctx.get()))
        BN_set_bit(x.get(), 0);
    else
        BN_clear_bit(x.get(), 0);
    return bigBytes(x.get());
}

Result<QList<QByteArray>> Dstu4145Key::decompress(const QByteArray &compressed) const
{
    Bn packed = bnBig(compressed);
    auto p = d->decompress(packed.get());
    if (!p)
        return p.error();
    Bn x(BN_new()), y(BN_new());
    EC_POINT_get_affine_coordinates(d->group.get(), p->get(), x.get(), y.get(), d->ctx.get());
    return QList<QByteArray>{bigBytes(x.get()), bigBytes(y.get())};
}

} // namespace kopii

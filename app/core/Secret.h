// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace kopii {

// A PIN or password: kept as UTF-8 bytes, overwritten with zeros when destroyed or cleared, never
// converted to a QString by this class, never logged. Copies are deliberately impossible.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray utf8) : m_data(std::move(utf8)) { m_data.detach(); }
    static Secret fromString(const QString &text);
    ~Secret() { clear(); }
    Secret(Secret &&other) noexcept : m_data(std::move(other.m_data)) {}
    Secret &operator=(Secret &&other) noexcept
    {
        if (this != &other) {
            clear();
            m_data = std::move(other.m_data);
        }
        return *this;
    }
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;

    // NUL-terminated, valid while this Secret lives and is not changed.
    const char *c_str() const { return m_data.constData(); }
    qsizetype size() const { return m_data.size(); }
    bool isEmpty() const { return m_data.isEmpty(); }
    void clear();

    // Overwrites a QString's characters in place (the caller's copy of typed text).
    static void wipe(QString &text);
    static void wipe(QByteArray &bytes);
    // Overwrites memory so that the compiler cannot leave it out.
    static void wipeMemory(void *data, size_t size);

private:
    QByteArray m_data;
};

// One secret several holders read (a mailbox password: the vault's session copy, the sync that
// logs in with it); wiped when the last of them lets go.
using SharedSecret = std::shared_ptr<const Secret>;
inline SharedSecret share(Secret secret)
{
    return std::make_shared<const Secret>(std::move(secret));
}

} // namespace kopii

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace kopii {

// The time, injectable so that no test depends on the time of day.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    static const Clock &system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime t) : m_time(std::move(t)) {}
    QDateTime now() const override { return m_time; }
    void set(QDateTime t) { m_time = std::move(t); }
    void advanceSecs(qint64 s) { m_time = m_time.addSecs(s); }

private:
    QDateTime m_time;
};

} // namespace kopii

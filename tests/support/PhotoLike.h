// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A phone's photo of a printed poster, made from the poster's picture: on a wall, turned, seen at
// an angle (a perspective quad), lit unevenly (darker at one side, a brighter patch), with sensor
// noise, scaled to a camera's size and JPEG-compressed. Deterministic (a fixed noise seed).
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPolygonF>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <QString>
#include <QTransform>

namespace kopii::test {

struct PhotoSetup
{
    qreal turn = 6;       // degrees, besides quarterTurns
    int quarterTurns = 0; // the phone held sideways or upside down
    qreal skew = 0.07;    // how far one side of the poster is nearer the camera (perspective)
    qreal shade = 0.45;   // how much darker the far side is (0: even light)
    int noise = 10;       // ± grey levels of sensor noise
    int jpegQuality = 70;
    QSize camera{2400, 1800};
};

inline QImage photoLike(const QImage &poster, const PhotoSetup &s = {})
{
    QImage photo(3200, 2400, QImage::Format_RGB32);
    photo.fill(QColor(126, 120, 108)); // a wall
    {
        QPainter p(&photo);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setRenderHint(QPainter::Antialiasing);
        const QSizeF size = QSizeF(poster.size()).scaled(QSizeF(1500, 2000), Qt::KeepAspectRatio);
        const QRectF source(QPointF(0, 0), QSizeF(poster.size()));
        // The poster's corners as the camera sees them: the right side nearer (bigger).
        const qreal w = size.width(), h = size.height(), k = s.skew;
        QPolygonF quad{QPointF(-w / 2, -h / 2 * (1 - k)), QPointF(w / 2, -h / 2 * (1 + k)), QPointF(w / 2, h / 2 * (1 + k)),
                       QPointF(-w / 2, h / 2 * (1 - k))};
        const QPolygonF corners{source.topLeft(), source.topRight(), source.bottomRight(), source.bottomLeft()};
        QTransform warp;
        if (!QTransform::quadToQuad(corners, quad, warp))
            qFatal("photoLike: no perspective for this quad");
        QTransform place;
        place.translate(1600, 1200);
        place.rotate(s.turn + 90 * s.quarterTurns);
        p.setTransform(warp * place);
        p.drawImage(source, poster);
        p.resetTransform();
        // Uneven light: the left side in shadow, a window's brighter patch on the right.
        QLinearGradient shadow(QPointF(0, 0), QPointF(3200, 0));
        shadow.setColorAt(0, QColor::fromRgbF(1 - s.shade, 1 - s.shade, 1 - s.shade));
        shadow.setColorAt(1, Qt::white);
        p.setCompositionMode(QPainter::CompositionMode_Multiply);
        p.fillRect(photo.rect(), shadow);
        QRadialGradient patch(QPointF(2300, 700), 900);
        patch.setColorAt(0, QColor(60, 60, 50));
        patch.setColorAt(1, Qt::black);
        p.setCompositionMode(QPainter::CompositionMode_Plus);
        p.fillRect(photo.rect(), patch);
    }
    if (s.noise > 0) {
        QRandomGenerator random(20261204);
        for (int y = 0; y < photo.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
            for (int x = 0; x < photo.width(); ++x) {
                const int n = int(random.bounded(2 * s.noise + 1)) - s.noise;
                const QRgb c = line[x];
                line[x] = qRgb(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255), qBound(0, qBlue(c) + n, 255));
            }
        }
    }
    return photo.scaled(s.camera, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

// The photo saved as the phone would: JPEG at the setup's quality.
inline bool savePhotoLike(const QImage &poster, const QString &path, const PhotoSetup &s = {})
{
    return photoLike(poster, s).save(path, "JPEG", s.jpegQuality);
}

} // namespace kopii::test

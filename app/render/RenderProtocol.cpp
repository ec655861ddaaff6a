// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RenderProtocol.h"

#include <QList>

namespace kopii::render {

namespace {

// A decimal number of at most 12 digits, nothing else (no sign, no spaces, no leading '+').
std::optional<qint64> number(const QByteArray &word)
{
    if (word.isEmpty() || word.size() > 12)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : word) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

QByteArray openRequest(const OpenRequest &request)
{
    return QByteArray(kMagic) + ' ' + QByteArray::number(request.maxPixels) + ' ' + QByteArray::number(request.maxPages) + ' '
        + QByteArray::number(request.size) + '\n';
}

QByteArray pageRequest(const PageRequest &request)
{
    return "PAGE " + QByteArray::number(request.index) + ' ' + QByteArray::number(request.dpi) + '\n';
}

std::optional<OpenRequest> parseOpenRequest(const QByteArray &line)
{
    const QByteArray magic(kMagic);
    if (!line.startsWith(magic + ' '))
        return std::nullopt;
    const QList<QByteArray> words = line.mid(magic.size() + 1).split(' ');
    if (words.size() != 3)
        return std::nullopt;
    const auto maxPixels = number(words.at(0)), maxPages = number(words.at(1)), size = number(words.at(2));
    if (!maxPixels || !maxPages || !size || *maxPixels < kMinPixels || *maxPixels > 1'000'000'000 || *maxPages < 1
        || *maxPages > 1'000'000)
        return std::nullopt;
    return OpenRequest{*maxPixels, int(*maxPages), *size};
}

std::optional<PageRequest> parsePageRequest(const QByteArray &line)
{
    const QList<QByteArray> words = line.split(' ');
    if (words.size() != 3 || words.at(0) != "PAGE")
        return std::nullopt;
    const auto index = number(words.at(1)), dpi = number(words.at(2));
    if (!index || !dpi || *index > 1'000'000 || *dpi < kMinDpi || *dpi > kMaxDpi)
        return std::nullopt;
    return PageRequest{int(*index), int(*dpi)};
}

Answer parseAnswer(const QByteArray &line, int maxPages, qint64 maxPixels, int expectedPage)
{
    Answer answer;
    if (line == "READY") {
        answer.kind = Answer::Kind::Ready;
        return answer;
    }
    if (line.startsWith("ERROR ")) {
        const qsizetype space = line.indexOf(' ', 6);
        const auto code = number(space < 0 ? line.mid(6) : line.mid(6, space - 6));
        if (!code || *code > 99)
            return answer;
        answer.kind = Answer::Kind::Error;
        answer.code = int(*code);
        answer.words = space < 0 ? QByteArray() : line.mid(space + 1);
        return answer;
    }
    const QList<QByteArray> words = line.split(' ');
    if (words.size() == 2 && words.at(0) == "PAGES") {
        const auto count = number(words.at(1));
        if (!count || *count < 1 || *count > maxPages)
            return answer;
        answer.kind = Answer::Kind::Pages;
        answer.code = int(*count);
        return answer;
    }
    if (words.size() == 6 && words.at(0) == "PAGE" && expectedPage >= 0) {
        const auto index = number(words.at(1)), width = number(words.at(2)), height = number(words.at(3)),
                   format = number(words.at(4));
        if (!format || *format < 4 || *format > 6 || (words.at(5) != "PIPE" && words.at(5) != "SHARED"))
            return answer;
        if (!index || !width || !height || *index != expectedPage || *width < 1 || *height < 1 || *width > 1'000'000
            || *height > 1'000'000 || *width > maxPixels || *height > maxPixels || *width * *height > maxPixels)
            return answer;
        answer.kind = Answer::Kind::Page;
        answer.code = int(*index);
        answer.width = int(*width);
        answer.height = int(*height);
        answer.format = int(*format);
        answer.shared = words.at(5) == "SHARED";
    }
    return answer;
}

} // namespace kopii::render

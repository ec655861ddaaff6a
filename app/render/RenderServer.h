// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>

// The helper's side of the render protocol (RenderProtocol.h), after "READY": reads one document
// from `in`, then page requests until `in` ends, answering on `out`. Returns the helper's exit
// code (0 when `in` ended after good requests). Pages go into `shared` (of `sharedSize` bytes)
// when given and large enough, on `out` otherwise. kopii-render runs it locked down; the fuzz
// target runs it in process.
namespace kopii::render {

int serve(FILE *in, FILE *out, unsigned char *shared = nullptr, long long sharedSize = 0);

// Draws a built-in page of text (A4, 110 dpi) and copies it into `shared`, so that fonts, Poppler's
// caches and the memory a page needs are ready before the first real document (a spare helper
// does this while it waits).
void warmUp(unsigned char *shared, long long sharedSize);

// The Poppler version the helper renders with ("22.12.0"): kopii-render --version.
const char *popplerVersion();

} // namespace kopii::render

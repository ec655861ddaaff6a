// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QProcess;

// Windows: kopii-render is started inside an AppContainer of its own ("ua.kopii.render"), with no
// capabilities: no network at all, and of the file system only what is open to every app package
// (Windows' own folders, Program Files), not the user's documents, the workspace or the keys. The
// helper then locks itself down further (Sandbox.cpp: job, token, mitigations). Elsewhere this does
// nothing (Linux has its own fences: Sandbox.cpp).
// Written and compiled with MinGW in the tests; not run here (no Windows in this project's CI).
namespace kopii::render {

class AppContainer
{
public:
    AppContainer(); // creates the profile, or opens it when it exists
    ~AppContainer();
    AppContainer(const AppContainer &) = delete;
    AppContainer &operator=(const AppContainer &) = delete;

    bool isUsable() const;
    QString problem() const; // why not, in technical words (for the log)
    // Makes `process` start inside the container; this object must outlive process.start().
    void apply(QProcess &process);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kopii::render

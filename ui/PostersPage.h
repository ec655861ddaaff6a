// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "qr/PosterLayout.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace kopii {
class AccessGuard;
}

namespace kopii::ui {

class PosterCheckDialog;
// The poster drawn as it will print, scaled to the widget.
class PosterPreview : public QWidget
{
    Q_OBJECT

public:
    explicit PosterPreview(QWidget *parent = nullptr);
    void setPoster(const std::optional<PosterLayout> &poster, const QString &message);
    const std::optional<PosterLayout> &poster() const { return m_poster; }
    QString message() const { return m_message; }
    QSize sizeHint() const override { return QSize(420, 594); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<PosterLayout> m_poster;
    QString m_message;
};

// Posters: pick a branch and a service, see the poster, print or save it. Everyone may print;
// only a manager imports or removes a service's code.
class PostersPage : public QWidget
{
    Q_OBJECT

public:
    explicit PostersPage(AccessGuard &guard, QWidget *parent = nullptr);

    void reload();
    void setEditable(bool manager);
    // The steps behind the buttons, without their file dialogs (tests call them directly).
    bool importFile(const QString &path);
    bool importLink(const QString &link);
    // Opens the poster check with these photos (Posters → "Check photos of posters…").
    PosterCheckDialog *checkPhotos(const QStringList &photos);
    bool saveTo(const QString &path);
    bool saveBranchTo(const QString &path);
    void printTo(QPrinter &printer);

    QComboBox *branchBox() const { return m_branch; }
    QComboBox *serviceBox() const { return m_service; }
    QComboBox *paperBox() const { return m_paper; }
    QComboBox *eccBox() const { return m_ecc; }
    QCheckBox *landscapeBox() const { return m_landscape; }
    QCheckBox *largePrintBox() const { return m_large; }
    QLabel *codeLabel() const { return m_code; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *printButton() const { return m_print; }
    PosterPreview *preview() const { return m_preview; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillServices();
    void updatePoster();
    PosterOptions options() const;
    RecordId currentBranch() const;
    RecordId currentService() const;
    bool keepCode(const QString &text, const QString &source);
    void chooseImportFile();
    void pasteLink();
    void removeCode();
    void showPrintPreview();
    void print();
    void chooseSaveFile();
    void chooseSaveBranchFile();
    void chooseCheckPhotos();

    AccessGuard &m_guard;
    bool m_manager = true;
    bool m_filling = false;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_branchLabel;
    QComboBox *m_branch;
    QLabel *m_serviceLabel;
    QComboBox *m_service;
    QLabel *m_codeTitle;
    QLabel *m_code;
    QPushButton *m_import;
    QPushButton *m_paste;
    QPushButton *m_remove;
    QLabel *m_paperLabel;
    QComboBox *m_paper;
    QCheckBox *m_landscape;
    QCheckBox *m_large;
    QLabel *m_eccLabel;
    QComboBox *m_ecc;
    QPushButton *m_print;
    QPushButton *m_printPreview;
    QPushButton *m_save;
    QPushButton *m_saveAll;
    QPushButton *m_checkPhotos;
    PosterPreview *m_preview;
};

} // namespace kopii::ui

#pragma once

#include <QDialog>
#include <QUrl>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Preferences: the language of the whole UI, applied at once (no restart) and remembered.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    // Installs the language's catalogues, retranslates every open window and remembers the choice.
    static void applyLanguage(const QString &code);
    // Network settings the sign-in uses (QSettings network/caBundle and network/proxy).
    static QString caBundlePath();
    static QUrl proxyUrl();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_note;
    QLabel *m_caLabel;
    QLineEdit *m_caBundle;
    QPushButton *m_browse;
    QLabel *m_proxyLabel;
    QLineEdit *m_proxy;
    QLabel *m_networkNote;
};

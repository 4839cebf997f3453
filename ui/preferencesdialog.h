#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

// Preferences: the language of the whole UI, applied at once (no restart) and remembered.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    // Installs the language's catalogues, retranslates every open window and remembers the choice.
    static void applyLanguage(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_note;
};

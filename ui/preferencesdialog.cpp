#include "preferencesdialog.h"

#include "accessibility.h"

#include <core/i18n/translations.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QVBoxLayout>

namespace {
// The width an empty field needs to show all of its hint (the hint says what to enter: a cut one
// does not): the text, QLineEdit's 2 px either side, the font's left bearing, the frame, and a
// pixel for rounding.
int widthForHint(QLineEdit *edit)
{
    edit->ensurePolished(); // the font and style it is shown with, not the ones before its first show
    QStyleOptionFrame option;
    option.initFrom(edit);
    const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
    const QFontMetrics fm = edit->fontMetrics();
    return fm.horizontalAdvance(edit->placeholderText()) + 2 * frame + 4 + std::max(0, -fm.minLeftBearing()) + 1 +
           edit->textMargins().left() + edit->textMargins().right();
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_caLabel(new QLabel(this))
    , m_caBundle(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_proxyLabel(new QLabel(this))
    , m_proxy(new QLineEdit(this))
    , m_networkNote(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    accessibility::labelField(m_languageLabel, m_language);
    for (const auto &l : cc::i18n::availableLanguages())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(cc::i18n::currentLanguage())));
    m_note->setWordWrap(true);
    m_caBundle->setObjectName(QStringLiteral("caBundleEdit"));
    m_proxy->setObjectName(QStringLiteral("proxyEdit"));
    m_caBundle->setText(caBundlePath());
    m_proxy->setText(proxyUrl().toString());
    accessibility::labelField(m_caLabel, m_caBundle);
    accessibility::labelField(m_proxyLabel, m_proxy);
    m_networkNote->setWordWrap(true);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_caLabel, caRow);
    form->addRow(m_proxyLabel, m_proxy);
    form->addRow(QString(), m_networkNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Extra CA certificates"), m_caBundle->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_caBundle->setText(file);
            QSettings().setValue(QStringLiteral("network/caBundle"), file);
        }
    });
    connect(m_caBundle, &QLineEdit::editingFinished, this,
            [this] { QSettings().setValue(QStringLiteral("network/caBundle"), m_caBundle->text().trimmed()); });
    connect(m_proxy, &QLineEdit::editingFinished, this,
            [this] { QSettings().setValue(QStringLiteral("network/proxy"), m_proxy->text().trimmed()); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { applyLanguage(m_language->currentData().toString()); });
    retranslate();
}

void PreferencesDialog::applyLanguage(const QString &code)
{
    if (!cc::i18n::install(code))
        return;
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

QString PreferencesDialog::caBundlePath()
{
    return QSettings().value(QStringLiteral("network/caBundle")).toString();
}

QUrl PreferencesDialog::proxyUrl()
{
    return QUrl(QSettings().value(QStringLiteral("network/proxy")).toString(), QUrl::StrictMode);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_note->setText(tr("The whole window changes at once. Dates and numbers follow the language too."));
    m_caLabel->setText(tr("Extra &CA certificates:"));
    m_caBundle->setPlaceholderText(tr("PEM file, for a TLS-inspecting company proxy"));
    m_caBundle->setAccessibleName(tr("Extra CA certificates"));
    m_browse->setText(tr("&Browse…"));
    m_proxyLabel->setText(tr("&Proxy:"));
    m_proxy->setPlaceholderText(tr("System proxy (leave empty), or http://proxy.example.com:3128"));
    m_proxy->setAccessibleName(tr("Proxy"));
    m_networkNote->setText(tr("Network settings apply from the next sign-in."));
    for (QLineEdit *edit : {m_caBundle, m_proxy})
        edit->setMinimumWidth(widthForHint(edit));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

#include "banner.h"

#include "icons.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyColours();
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setIcon(icons::themed(QStringLiteral("view-refresh")));
    m_retry->hide();
    m_copy->setObjectName(QStringLiteral("copyDetailsButton"));
    m_copy->setIcon(icons::themed(QStringLiteral("edit-copy")));
    m_close->setFlat(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_details); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void Banner::retranslate()
{
    m_retry->setText(tr("Re&try"));
    m_copy->setText(tr("Cop&y details"));
    m_copy->setAccessibleDescription(tr("Copies the error, its status and correlation ID for support"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close message"));
    setAccessibleName(tr("Error message"));
}

void Banner::applyColours()
{
    // Error red on the window's own lightness, so it reads in a light and a dark palette. Judged from
    // the application palette: our own has its Window colour overridden.
    if (m_applying)
        return;
    m_applying = true;
    const bool dark = QApplication::palette(this).color(QPalette::Window).lightness() < 128;
    QPalette p = palette();
    p.setColor(QPalette::Window, dark ? QColor(0x5c, 0x26, 0x26) : QColor(0xfd, 0xec, 0xea));
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xde, 0xdb) : QColor(0x5f, 0x21, 0x20));
    setPalette(p);
    m_applying = false;
}

void Banner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColours(); // light <-> dark while running
    QFrame::changeEvent(event);
}

void Banner::showError(const cc::ApiError &error, bool offerRetry)
{
    m_retry->setVisible(offerRetry);
    QString text = error.message();
    if (!error.correlationId.isEmpty() && !error.clientSide)
        text += u'\n' + tr("Correlation ID: %1").arg(error.correlationId);
    m_text->setText(text);
    m_details = error.details();
    m_copy->show();
    setAccessibleDescription(text);
    show();
}

void Banner::showMessage(const QString &text)
{
    m_text->setText(text);
    m_details = text;
    m_copy->hide();
    m_retry->hide();
    setAccessibleDescription(text);
    show();
}

QString Banner::text() const
{
    return m_text->text();
}

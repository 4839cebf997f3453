// Focus shows: in the light and the dark palette, on every screen, each control the keyboard
// reaches looks different enough when it has the focus (WCAG 2.4.11's 3:1 contrast between the
// focused and the unfocused pixels, over at least a one-pixel ring's worth of them), so a
// keyboard user can always see where Tab went.

#include <accessibility.h>
#include <customerlistmodel.h>
#include <draftstore.h>
#include <forms.h>
#include <internalidentifierform.h>
#include <linkdialog.h>
#include <mainwindow.h>
#include <preferencesdialog.h>

#include <sandboxserver.h>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x77, 0x77, 0x77));
    return p;
}

double luminance(QRgb c)
{
    const auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(c)) + 0.7152 * channel(qGreen(c)) + 0.0722 * channel(qBlue(c));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString nameOf(const QWidget *w)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

void settle()
{
    for (int round = 0; round < 10; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

} // namespace

class TestFocusVisible : public QObject
{
    Q_OBJECT

    std::unique_ptr<ccsandbox::SandboxServer> sandbox;

    // Each control Tab reaches in `top`, focused and not: how many pixels around it change by 3:1.
    static QStringList faintFocus(QWidget *top, const QString &where)
    {
        QStringList out;
        top->activateWindow();
        if (!QTest::qWaitForWindowActive(top)) {
            out << where + QStringLiteral(": the window never became active");
            return out;
        }
        QList<QWidget *> stops;
        for (QWidget *w = top->nextInFocusChain(); w && w != top; w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(top) && !w->focusProxy() &&
                w->window() == top && !stops.contains(w))
                stops << w;
        }
        for (QWidget *w : std::as_const(stops)) {
            // Unfocused: the focus on another stop (the window keeps its active look).
            QWidget *other = stops.first() == w ? stops.last() : stops.first();
            other->setFocus(Qt::TabFocusReason);
            for (QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
                if (auto *area = qobject_cast<QScrollArea *>(p))
                    area->ensureWidgetVisible(w, 8, 8); // as Tab would scroll it into view
            settle();
            const QRect area = QRect(w->mapTo(top, QPoint(0, 0)), w->size()).adjusted(-3, -3, 3, 3) & top->rect();
            const QImage before = top->grab(area).toImage().convertToFormat(QImage::Format_RGB32);
            w->setFocus(Qt::TabFocusReason);
            settle();
            if (!w->hasFocus())
                continue; // a control that refuses the focus (read-only) is not a stop
            const QImage after = top->grab(area).toImage().convertToFormat(QImage::Format_RGB32);
            int changed = 0;
            for (int y = 0; y < before.height(); ++y)
                for (int x = 0; x < before.width(); ++x)
                    if (contrast(before.pixel(x, y), after.pixel(x, y)) >= 3.0)
                        ++changed;
            // A one-pixel ring around the control, or at least its longer sides.
            const int needed = w->width() + w->height();
            if (changed < needed)
                out << QStringLiteral("%1: %2 shows its focus in %3 pixels, not %4")
                           .arg(where, nameOf(w))
                           .arg(changed)
                           .arg(needed);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        accessibility::installFocusRing(); // as main() does
        sandbox = std::make_unique<ccsandbox::SandboxServer>();
        QVERIFY(sandbox->listen());
    }

    void everyScreen_focusShows_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void everyScreen_focusShows()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        QStringList problems;
        {
            SessionController session(std::make_unique<cc::MemoryCredentialStore>());
            MainWindow window(&session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            settle();
            problems << faintFocus(&window, QStringLiteral("sign-in"));
            window.setDemoProvider([this](QString *) -> std::optional<SessionController::SignInRequest> {
                SessionController::SignInRequest r;
                r.connection.apiUrl = sandbox->apiUrl();
                r.connection.tenant = sandbox->tenant();
                r.credentials = cc::Credentials::fromToken(sandbox->cspToken());
                return r;
            });
            window.startDemo();
            QTRY_VERIFY_WITH_TIMEOUT(window.customers()->rowCount() > 0 && !window.customers()->isLoading(), 20000);
            QTRY_VERIFY(!session.providerInstances().isEmpty());
            window.selectCustomer(window.customers()->idAt(0));
            QTRY_VERIFY_WITH_TIMEOUT(window.selectedCustomer().has_value(), 10000);
            const cc::Customer customer = *window.selectedCustomer();
            settle();
            problems << faintFocus(&window, QStringLiteral("main window"));

            window.openLinkDialog();
            QTRY_VERIFY(window.linkDialog());
            QVERIFY(QTest::qWaitForWindowExposed(window.linkDialog()));
            problems << faintFocus(window.linkDialog(), QStringLiteral("relationship link"));
            delete window.linkDialog();
            {
                PreferencesDialog preferences(&window);
                preferences.show();
                QVERIFY(QTest::qWaitForWindowExposed(&preferences));
                problems << faintFocus(&preferences, QStringLiteral("preferences"));
            }
            FormLauncher forms(&session);
            const std::pair<EditDialog *, QString> edits[] = {
                {forms.openInternalIdentifier(&window, customer), QStringLiteral("internal identifier")},
                {forms.openMicrosoftCustomerAgreement(&window, customer), QStringLiteral("Microsoft Customer Agreement")},
                {forms.openAddProviderInstance(&window, customer), QStringLiteral("add provider instance")}};
            for (const auto &[d, screen] : edits) {
                d->setAttribute(Qt::WA_DeleteOnClose, false);
                QVERIFY(QTest::qWaitForWindowExposed(d));
                problems << faintFocus(d, screen);
                d->formModel()->discardDraft();
                d->hide();
                delete d;
            }
            DraftsDialog drafts(&window);
            DraftStore::Draft draft;
            draft.form = QString::fromUtf16(InternalIdentifierForm::Name);
            draft.customerId = customer.id;
            draft.customerName = customer.companyName;
            draft.savedAt = QDateTime::currentDateTimeUtc();
            drafts.setDrafts({draft});
            drafts.show();
            QVERIFY(QTest::qWaitForWindowExposed(&drafts));
            problems << faintFocus(&drafts, QStringLiteral("drafts"));
        }
        QApplication::setPalette(original);
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 controls without a visible focus, listed above").arg(problems.size())));
    }
};

QTEST_MAIN(TestFocusVisible)
#include "tst_focusvisible.moc"

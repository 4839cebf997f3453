// The "errors next to fields" binder on plain widgets: each error under its field (text, icon,
// frame, tooltip, accessible description), the rest in the banner, cleared on change, checked as
// you type after the first submit and on focus-out before it, the first invalid field focused,
// cells of a table too.

#include <activewindow.h>
#include <banner.h>
#include <errorcolor.h>
#include <fielderrorbinder.h>
#include <offertypemarginmodel.h>

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

namespace {

struct Form
{
    QWidget window;
    Banner *banner = new Banner(&window);
    QLineEdit *name = new QLineEdit;
    QLineEdit *email = new QLineEdit;
    QDoubleSpinBox *percent = new QDoubleSpinBox;
    QComboBox *kind = new QComboBox;
    QLineEdit *other = new QLineEdit; // unbound
    FieldErrorBinder *binder = new FieldErrorBinder(&window, banner);

    Form()
    {
        name->setObjectName(QStringLiteral("nameEdit"));
        email->setObjectName(QStringLiteral("emailEdit"));
        percent->setObjectName(QStringLiteral("percentSpin"));
        kind->setObjectName(QStringLiteral("kindCombo"));
        kind->addItems({QStringLiteral("a"), QStringLiteral("b")});
        email->setAccessibleDescription(QStringLiteral("Where we write to"));
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(banner);
        layout->addLayout(binder->bind(name, QStringLiteral("firstname")));
        layout->addLayout(binder->bind(email, QStringLiteral("email")));
        layout->addLayout(binder->bind(percent, {QStringLiteral("margin.value"), QStringLiteral("margin")}));
        layout->addLayout(binder->bind(kind, QStringLiteral("kind")));
        layout->addWidget(other);
        binder->setValidator([this] {
            cc::FieldErrors e;
            if (name->text().trimmed().size() < 2)
                e[QStringLiteral("firstname")] << QStringLiteral("Enter the full name.");
            if (!email->text().contains(u'@'))
                e[QStringLiteral("email")] << QStringLiteral("Enter an email address.");
            return e;
        });
    }
    QLabel *errorLabel(QWidget *input) const { return window.findChild<QLabel *>(input->objectName() + QStringLiteral("Error")); }
    QString shown(QWidget *input) const
    {
        QLabel *l = errorLabel(input);
        return l && l->isVisibleTo(&window) ? l->text() : QString();
    }
    QWidget *frame(QWidget *input) const
    {
        return window.findChild<QWidget *>(input->objectName() + QStringLiteral("ErrorFrame"));
    }
};

cc::ApiError serverError(const cc::FieldErrors &fields)
{
    cc::ApiError e;
    e.kind = cc::ApiError::Kind::Validation;
    e.httpStatus = 400;
    e.correlationId = QStringLiteral("5f0c6d1e-0000-4000-8000-000000000001");
    e.description = QStringLiteral("One or more validation errors occurred.");
    e.fieldErrors = fields;
    return e;
}

} // namespace

class TestFieldErrorBinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showErrors_serverFieldError_underFieldWithFrameTooltipAndDescription()
    {
        Form f;
        QVERIFY(showActive(&f.window));
        const int n = f.binder->showErrors(serverError({{QStringLiteral("email"), {QStringLiteral("Already used.")}}}));
        QCOMPARE(n, 1);
        QCOMPARE(f.shown(f.email), QStringLiteral("Already used."));
        QVERIFY(f.errorLabel(f.email)->wordWrap());
        QCOMPARE(f.email->toolTip(), QStringLiteral("Already used."));
        QCOMPARE(f.email->accessibleDescription(), QStringLiteral("Already used."));
        QVERIFY(f.frame(f.email)->isVisible());
        QCOMPARE(f.frame(f.email)->geometry(), f.email->geometry());
        QVERIFY(f.shown(f.name).isEmpty());
        QVERIFY(!f.frame(f.name)->isVisible());
        QVERIFY(!f.banner->isVisible()); // every field error found its field
        QCOMPARE(f.binder->problemCount(), 1);
        QCOMPARE(f.binder->errorText(QStringLiteral("email")), QStringLiteral("Already used."));
    }

    void showErrors_aliasPath_landsOnTheSameWidget()
    {
        Form f;
        QVERIFY(showActive(&f.window));
        f.binder->showErrors(serverError({{QStringLiteral("margin"), {QStringLiteral("The margin is required.")}}}));
        QCOMPARE(f.shown(f.percent), QStringLiteral("The margin is required."));
    }

    void showErrors_pathWithoutField_bannerWithDescriptionAndCorrelationId()
    {
        Form f;
        QVERIFY(showActive(&f.window));
        const int n = f.binder->showErrors(serverError({{QStringLiteral("email"), {QStringLiteral("Already used.")}},
                                                        {QStringLiteral("resellerid"), {QStringLiteral("No such reseller.")}}}));
        QCOMPARE(n, 1);
        QVERIFY(f.banner->isVisible());
        QVERIFY(f.banner->text().contains(QStringLiteral("No such reseller.")));
        QVERIFY(f.banner->text().contains(QStringLiteral("5f0c6d1e-0000-4000-8000-000000000001")));
        QVERIFY(f.banner->text().contains(QStringLiteral("One or more validation errors occurred.")));
        QVERIFY(f.banner->findChild<QWidget *>(QStringLiteral("copyDetailsButton"))->isVisible());
    }

    void showErrors_notAboutFields_bannerOnly()
    {
        Form f;
        QVERIFY(showActive(&f.window));
        cc::ApiError e;
        e.kind = cc::ApiError::Kind::Server;
        e.httpStatus = 503;
        e.correlationId = QStringLiteral("abc");
        QCOMPARE(f.binder->showErrors(e), 0);
        QVERIFY(f.banner->isVisible());
        QVERIFY(f.banner->text().contains(u"503"));
        QCOMPARE(f.binder->problemCount(), 0);
    }

    void userTypes_fieldWithServerError_errorGoes()
    {
        Form f;
        QVERIFY(showActive(&f.window));
        f.binder->showErrors(serverError({{QStringLiteral("email"), {QStringLiteral("Already used.")}}}));
        QSignalSpy count(f.binder, &FieldErrorBinder::problemCountChanged);
        QTest::keyClicks(f.email, QStringLiteral("x"));
        QVERIFY(f.shown(f.email).isEmpty());
        QCOMPARE(f.email->accessibleDescription(), QStringLiteral("Where we write to")); // its own comes back
        QVERIFY(f.email->toolTip().isEmpty());
        QCOMPARE(count.count(), 1);
        QCOMPARE(count.first().first().toInt(), 0);
    }

    void live_afterFirstSubmit_checkedAsYouType()
    {
        Form f;
        QVERIFY(showActive(&f.window));
        f.binder->setLive(true);
        f.binder->showFieldErrors({{QStringLiteral("firstname"), {QStringLiteral("Enter the full name.")}}});
        QTest::keyClicks(f.name, QStringLiteral("J"));
        QTRY_COMPARE(f.shown(f.name), QStringLiteral("Enter the full name."));
        QTest::keyClicks(f.name, QStringLiteral("o"));
        QTRY_VERIFY(f.shown(f.name).isEmpty());
        // A field the user has not reached yet shows its problem too once the form is live.
        QTRY_COMPARE(f.shown(f.email), QStringLiteral("Enter an email address."));
    }

    void focusOut_editedField_checkedBeforeAnySubmit()
    {
        Form f;
        QVERIFY(showActive(&f.window));
        f.name->setFocus();
        QTest::keyClicks(f.name, QStringLiteral("J"));
        QVERIFY(f.shown(f.name).isEmpty()); // not while typing
        f.other->setFocus();
        QTRY_COMPARE(f.shown(f.name), QStringLiteral("Enter the full name."));
        // A field only passed through is not judged.
        f.email->setFocus();
        f.other->setFocus();
        QTest::qWait(20);
        QVERIFY(f.shown(f.email).isEmpty());
    }

    void showErrors_severalFields_firstInFormOrderTakesFocus()
    {
        Form f;
        QVERIFY(showActive(&f.window));
        f.other->setFocus();
        f.binder->showErrors(serverError({{QStringLiteral("kind"), {QStringLiteral("Bad kind.")}},
                                          {QStringLiteral("email"), {QStringLiteral("Bad email.")}}}));
        QTRY_VERIFY(f.email->hasFocus());
        QCOMPARE(f.binder->problemCount(), 2);
        f.binder->clearErrors();
        QCOMPARE(f.binder->problemCount(), 0);
        QVERIFY(f.shown(f.email).isEmpty());
        QVERIFY(f.shown(f.kind).isEmpty());
    }

    void cells_pathsLandOnModelCellsAndUnderTheView()
    {
        QWidget window;
        OfferTypeMarginModel model;
        model.setAvailableTypes({cc::OfferType::License, cc::OfferType::AzurePlan});
        model.addRow();
        model.addRow();
        auto *view = new QTableView;
        view->setObjectName(QStringLiteral("marginTable"));
        view->setModel(&model);
        auto *banner = new Banner(&window);
        FieldErrorBinder binder(&window, banner);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(banner);
        layout->addLayout(binder.bindCells(view, [&](const QString &p) { return model.indexForPath(p); },
                                           {QStringLiteral("offertypemargins")}));
        QVERIFY(showActive(&window));

        const int n = binder.showErrors(
            serverError({{QStringLiteral("offertypemargins[azureplan].value"), {QStringLiteral("At most 50 %.")}},
                         {QStringLiteral("offertypemargins[license]"), {QStringLiteral("Not sold here.")}}}));
        QCOMPARE(n, 2);
        const QModelIndex cell = model.index(1, OfferTypeMarginModel::Percent);
        QCOMPARE(cell.data(FieldErrorRole).toString(), QStringLiteral("At most 50 %."));
        QCOMPARE(model.index(0, OfferTypeMarginModel::Type).data(FieldErrorRole).toString(), QStringLiteral("Not sold here."));
        auto *label = window.findChild<QLabel *>(QStringLiteral("marginTableError"));
        QVERIFY(label->isVisibleTo(&window));
        QVERIFY(label->text().contains(QStringLiteral("Azure plan, Percentage: At most 50 %.")));
        QVERIFY(label->text().contains(QStringLiteral("License: Not sold here.")));
        QVERIFY(view->accessibleDescription().contains(QStringLiteral("At most 50 %.")));
        QVERIFY(!banner->isVisible());
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().row(), 0); // the first listed problem, License's type

        // Editing the cell takes its error away; the other stays.
        model.setData(cell, 20.0);
        QCOMPARE(binder.problemCount(), 1);
        QVERIFY(!label->text().contains(QStringLiteral("At most 50 %.")));
        model.removeRow(0);
        QCOMPARE(binder.problemCount(), 0);
        QVERIFY(!label->isVisibleTo(&window));

        // An error about the whole table.
        binder.showErrors(serverError({{QStringLiteral("offertypemargins"), {QStringLiteral("Must be an object.")}}}));
        QVERIFY(label->text().contains(QStringLiteral("Must be an object.")));
        // A cell for a type that has no row goes to the banner.
        binder.showErrors(serverError({{QStringLiteral("offertypemargins[license].value"), {QStringLiteral("Too high.")}}}));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Too high.")));
    }

    void errorColour_darkPalette_lighterRed()
    {
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        QVERIFY(errorColor(dark).lightness() > errorColor(light).lightness());
        // Readable on its window in both.
        QVERIFY(qAbs(errorColor(dark).lightness() - 0x20) > 100);
        QVERIFY(qAbs(errorColor(light).lightness() - 0xff) > 100);

        Form f;
        f.window.setPalette(dark);
        QVERIFY(showActive(&f.window));
        f.binder->showErrors(serverError({{QStringLiteral("email"), {QStringLiteral("x")}}}));
        QCOMPARE(f.errorLabel(f.email)->palette().color(QPalette::WindowText), errorColor(dark));
    }
};

QTEST_MAIN(TestFieldErrorBinder)
#include "tst_fielderrorbinder.moc"

// The edit forms' dialogs against the sandbox over loopback: client-side errors under the right
// widgets with nothing sent; the server's field errors next to the right widgets, inside the
// Microsoft data form and on the right cell of the offer-type table; success hands over the
// updated customer; a failed submit keeps every value; no double submit; drafts come back.

#include "formsfixture.h"
#include <activewindow.h>

#include <banner.h>
#include <customerdetails.h>
#include <datefield.h>
#include <draftstore.h>
#include <fielderrorrole.h>
#include <forms.h>
#include <offertypemarginmodel.h>

#include <core/i18n/translations.h>

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUrl>

class TestForms : public QObject
{
    Q_OBJECT
    FormsFixture fx;
    int m_discardQuestions = 0;
    bool m_discardAnswer = true;
    int m_clearQuestions = 0;
    bool m_clearAnswer = true;

    // The n-th live customer from 50 on (the slots above 50 are this file's newer ones).
    cc::Customer nth(int n) const
    {
        return fx.customer([](const cc::Customer &) { return true; }, 50 + n);
    }

    // Types a date into a date field as the user does, in the field's format.
    static void typeDate(DateField *field, const QDate &date) { retype(field, QLocale().toString(date, field->displayFormat())); }

    // Types into a widget as the user does: everything in it selected first.
    static void retype(QWidget *w, const QString &text)
    {
        w->setFocus(Qt::TabFocusReason);
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(w, text);
    }

    template<typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }

    // The text of the error line under an input, when it is showing.
    static QString errorUnder(QWidget *dialog, const char *inputName)
    {
        auto *label = dialog->findChild<QLabel *>(QString::fromLatin1(inputName) + QStringLiteral("Error"));
        return label && label->isVisibleTo(dialog) ? label->text() : QString();
    }

    bool hasInstance(const cc::Customer &c, const QString &alias) const { return c.providerCustomer(fx.instance(alias).id); }

    static void chooseInstance(QWidget *dialog, const QUuid &id)
    {
        auto *combo = child<QComboBox>(dialog, "instanceCombo");
        combo->setCurrentIndex(combo->findData(id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(cc::i18n::install(QStringLiteral("en"))); // plurals: "Save (2 problems)"
        FormModel::draftDelayMs = 50;
        EditDialog::confirmDiscard = [this](QWidget *) {
            ++m_discardQuestions;
            return m_discardAnswer;
        };
        InternalIdentifierDialog::confirmClear = [this](QWidget *, const QString &) {
            ++m_clearQuestions;
            return m_clearAnswer;
        };
        QVERIFY(fx.start());
        QVERIFY(fx.startApp());
    }

    void cleanup()
    {
        fx.sandbox->clearFaults();
        m_discardAnswer = true;
        m_discardQuestions = 0;
        m_clearAnswer = true;
        m_clearQuestions = 0;
        QLocale::setDefault(QLocale::c());
        cc::ConnectionSettings s = fx.client->connection();
        s.timeout = std::chrono::seconds(5);
        fx.client->setConnection(s);
    }

    void internalId_tooLong_errorUnderFieldNothingSent()
    {
        const cc::Customer c = fx.customers.at(0);
        InternalIdentifierDialog d(new InternalIdentifierForm(fx.client.get(), c, fx.session));
        QVERIFY(showActive(&d));
        auto *edit = child<QLineEdit>(&d, "internalIdentifierEdit");
        QCOMPARE(edit->text(), c.internalIdentifier);
        edit->selectAll();
        QTest::keyClicks(edit, QString(256, u'x'));
        QCOMPARE(edit->text().size(), 256); // not cut: the rule says what is wrong
        const int before = fx.sandbox->totalRequestCount();
        QTest::mouseClick(d.submitButton(), Qt::LeftButton);
        QCOMPARE(errorUnder(&d, "internalIdentifierEdit"), QStringLiteral("At most 255 characters."));
        QCOMPARE(edit->accessibleDescription(), QStringLiteral("At most 255 characters."));
        QCOMPARE(edit->toolTip(), QStringLiteral("At most 255 characters."));
        QCOMPARE(d.submitButton()->text(), QStringLiteral("&Save (1 problem)"));
        QTRY_VERIFY(edit->hasFocus());
        QTest::qWait(50);
        QCOMPARE(fx.sandbox->totalRequestCount(), before);
        // As you type after the first submit: fixed, the error and the count go.
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTRY_VERIFY(errorUnder(&d, "internalIdentifierEdit").isEmpty());
        QCOMPARE(d.submitButton()->text(), QStringLiteral("&Save"));
        QCOMPARE(edit->accessibleDescription(), QString());
        d.reject();
    }

    void internalId_takenByAnother_serverErrorUnderField_thenFixedAndCustomerUpdated()
    {
        const cc::Customer owner =
            fx.customer([](const cc::Customer &c) { return c.resellerId.isNull() && !c.internalIdentifier.isEmpty(); });
        const cc::Customer other = fx.customer([](const cc::Customer &c) { return c.resellerId.isNull(); }, 5);
        QVERIFY(owner.id != other.id);
        FormLauncher launcher(fx.app.get());
        QWidget parent;
        EditDialog *d = launcher.openInternalIdentifier(&parent, other);
        QSignalSpy updated(&launcher, &FormLauncher::customerUpdated);
        auto *edit = child<QLineEdit>(d, "internalIdentifierEdit");
        edit->setText(owner.internalIdentifier.toLower()); // the server compares without case
        Q_EMIT edit->textEdited(edit->text());
        d->submit();
        QTRY_VERIFY(!errorUnder(d, "internalIdentifierEdit").isEmpty());
        QVERIFY2(errorUnder(d, "internalIdentifierEdit").contains(owner.companyName),
                 qPrintable(errorUnder(d, "internalIdentifierEdit")));
        QCOMPARE(edit->accessibleDescription(), errorUnder(d, "internalIdentifierEdit"));
        QCOMPARE(edit->text(), owner.internalIdentifier.toLower()); // kept
        QVERIFY(d->isVisible());
        QVERIFY(!d->banner()->isVisible()); // it is about the field, and the field says so
        QCOMPARE(d->submitButton()->text(), QStringLiteral("&Save (1 problem)"));
        // The server's error stays while the form is re-checked, until the field changes.
        QTest::keyClicks(edit, QStringLiteral("-2"));
        QTRY_VERIFY(errorUnder(d, "internalIdentifierEdit").isEmpty());
        QPointer<EditDialog> guard(d);
        d->submit();
        QTRY_COMPARE(updated.count(), 1);
        const cc::Customer after = updated.first().first().value<cc::Customer>();
        QCOMPARE(after.id, other.id);
        QCOMPARE(after.internalIdentifier, owner.internalIdentifier.toLower() + QStringLiteral("-2"));
        QCOMPARE(fx.fetch(other.id).internalIdentifier, after.internalIdentifier);
        QTRY_VERIFY(!guard); // closed and deleted
    }

    void internalId_clear_sendsEmptyAndCustomerHasNone()
    {
        const cc::Customer c = fx.customer([](const cc::Customer &c) { return !c.internalIdentifier.isEmpty(); }, 3);
        InternalIdentifierDialog d(new InternalIdentifierForm(fx.client.get(), c, fx.session));
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        QVERIFY(showActive(&d));
        QTest::mouseClick(child<QPushButton>(&d, "clearButton"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(&d, "internalIdentifierEdit")->text().isEmpty());
        QVERIFY(d.isDirty());
        d.submit();
        QTRY_COMPARE(updated.count(), 1);
        QVERIFY(updated.first().first().value<cc::Customer>().internalIdentifier.isEmpty());
    }

    void internalId_clickSaveTwiceWhileRunning_oneRequest()
    {
        const cc::Customer c = fx.customers.at(10);
        InternalIdentifierDialog d(new InternalIdentifierForm(fx.client.get(), c, fx.session));
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        QVERIFY(showActive(&d));
        auto *edit = child<QLineEdit>(&d, "internalIdentifierEdit");
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("ONCE-10"));
        QVERIFY(fx.sandbox->addFault(QStringLiteral("internal-id:latency:400")));
        const int before = fx.sandbox->totalRequestCount();
        QTest::mouseClick(d.submitButton(), Qt::LeftButton);
        QVERIFY(!d.submitButton()->isEnabled());
        QCOMPARE(d.submitButton()->text(), QStringLiteral("Saving…"));
        QVERIFY(!edit->isEnabled()); // nothing changes under a running request
        QTest::mouseClick(d.submitButton(), Qt::LeftButton);
        d.submit();
        QTest::keyClick(&d, Qt::Key_Return);
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(fx.sandbox->requestCount(d.formModel()->lastCorrelationId()), 1);
        QCOMPARE(fx.sandbox->totalRequestCount(), before + 2); // one PATCH, one GET of the fresh customer
    }

    void mca_contactsWrong_eachErrorUnderItsField_thenFixedAsYouType()
    {
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return hasInstance(c, u"Direct"_qs); });
        McaDialog d(new McaForm(fx.client.get(), c, fx.session, fx.instances));
        QVERIFY(showActive(&d));
        QCOMPARE(child<QComboBox>(&d, "instanceCombo")->currentText(), fx.instance(u"Direct"_qs).alias);
        QVERIFY(child<QLineEdit>(&d, "firstNameEdit")->isReadOnly());
        QCOMPARE(child<QLineEdit>(&d, "firstNameEdit")->text(), c.firstName);
        // No maximum date: a future date is refused next to the field, not clamped (see mca_dateTyped…).
        QVERIFY(child<DateField>(&d, "agreementDateEdit")->findChild<QAction *>(u"calendarAction"_qs));
        child<QCheckBox>(&d, "keepPrimaryCheck")->click();
        QVERIFY(!child<QLineEdit>(&d, "firstNameEdit")->isReadOnly());
        QVERIFY(child<QLineEdit>(&d, "firstNameEdit")->text().isEmpty()); // nothing typed yet
        QTest::keyClicks(child<QLineEdit>(&d, "firstNameEdit"), QStringLiteral("J"));
        QTest::keyClicks(child<QLineEdit>(&d, "emailEdit"), QStringLiteral("not-an-email"));
        QTest::keyClicks(child<QLineEdit>(&d, "phoneEdit"), QStringLiteral("call me"));
        const int before = fx.sandbox->totalRequestCount();
        QTest::mouseClick(d.submitButton(), Qt::LeftButton);
        QCOMPARE(errorUnder(&d, "firstNameEdit"), QStringLiteral("Enter the full name, not an initial."));
        QCOMPARE(errorUnder(&d, "lastNameEdit"), QStringLiteral("Required."));
        QCOMPARE(errorUnder(&d, "emailEdit"), QStringLiteral("Enter an email address such as name@example.com."));
        QCOMPARE(errorUnder(&d, "phoneEdit"), QStringLiteral("Use digits, spaces, +, - and parentheses only."));
        for (const char *name : {"firstNameEdit", "lastNameEdit", "emailEdit", "phoneEdit"})
            QCOMPARE(child<QLineEdit>(&d, name)->accessibleDescription(), errorUnder(&d, name));
        QVERIFY(errorUnder(&d, "agreementDateEdit").isEmpty());
        QCOMPARE(d.submitButton()->text(), QStringLiteral("&Save (4 problems)"));
        QTRY_VERIFY(child<QLineEdit>(&d, "firstNameEdit")->hasFocus()); // the first invalid field
        QTest::qWait(50);
        QCOMPARE(fx.sandbox->totalRequestCount(), before);
        // Fixing one field clears its message as you type; the others stay.
        QTest::keyClicks(child<QLineEdit>(&d, "firstNameEdit"), QStringLiteral("oana"));
        QTRY_VERIFY(errorUnder(&d, "firstNameEdit").isEmpty());
        QVERIFY(!errorUnder(&d, "emailEdit").isEmpty());
        QCOMPARE(d.submitButton()->text(), QStringLiteral("&Save (3 problems)"));
        // Ticking "keep" brings the primary contact back, read-only; unticking, what was typed.
        child<QCheckBox>(&d, "keepPrimaryCheck")->click();
        QCOMPARE(child<QLineEdit>(&d, "firstNameEdit")->text(), c.firstName);
        QTRY_COMPARE(d.submitButton()->text(), QStringLiteral("&Save"));
        child<QCheckBox>(&d, "keepPrimaryCheck")->click();
        QCOMPARE(child<QLineEdit>(&d, "firstNameEdit")->text(), QStringLiteral("Joana"));
        QCOMPARE(child<QLineEdit>(&d, "phoneEdit")->text(), QStringLiteral("call me"));
        d.reject();
    }

    void mca_dateBeforeCustomerCreated_serverErrorUnderDate_thenRecorded()
    {
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return hasInstance(c, u"Direct"_qs); }, 1);
        McaDialog d(new McaForm(fx.client.get(), c, fx.session, fx.instances));
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        QVERIFY(showActive(&d));
        typeDate(child<DateField>(&d, "agreementDateEdit"), c.createdDate.date().addDays(-10));
        d.submit();
        QTRY_VERIFY(!errorUnder(&d, "agreementDateEdit").isEmpty());
        QVERIFY(errorUnder(&d, "agreementDateEdit").contains(c.createdDate.date().toString(Qt::ISODate)));
        QCOMPARE(child<DateField>(&d, "agreementDateEdit")->accessibleDescription(), errorUnder(&d, "agreementDateEdit"));
        QCOMPARE(child<DateField>(&d, "agreementDateEdit")->date(), c.createdDate.date().addDays(-10)); // kept
        typeDate(child<DateField>(&d, "agreementDateEdit"), QDate::currentDate().addDays(-1));
        QVERIFY(errorUnder(&d, "agreementDateEdit").isEmpty()); // the change took the server's error away
        d.submit();
        QTRY_COMPARE(updated.count(), 1);
        const auto *pc = updated.first().first().value<cc::Customer>().providerCustomer(fx.instance(u"Direct"_qs).id);
        QVERIFY(pc);
        const auto data = cc::MicrosoftCustomerData::fromJsonText(pc->providerCustomerData);
        QVERIFY(data && data->acceptedMca);
        QCOMPARE(data->agreementDate, QDate::currentDate().addDays(-1));
    }

    void addInstance_microsoft_serverErrorsOnDomainInsideDataFormAndOnTableCell_thenAdded()
    {
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return !hasInstance(c, u"Direct"_qs); });
        QVERIFY(!c.id.isNull());
        AddProviderInstanceDialog d(new AddProviderInstanceForm(fx.client.get(), c, fx.session, fx.instances));
        QAbstractItemModelTester tester(d.offerTypeMargins(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(showActive(&d));
        chooseInstance(&d, fx.instance(u"Direct"_qs).id);
        QVERIFY(child<QWidget>(&d, "microsoftDataBox")->isVisible());
        // A domain another customer has: only the server knows.
        const cc::Customer holder = fx.customer([this](const cc::Customer &c) { return hasInstance(c, u"Direct"_qs); }, 4);
        const QString taken =
            cc::MicrosoftCustomerData::fromJsonText(holder.providerCustomer(fx.instance(u"Direct"_qs).id)->providerCustomerData)
                ->domain;
        QTest::keyClicks(child<QLineEdit>(&d, "domainEdit"), taken);
        // A License markup above the agreed 50 %: a rule only the server has.
        QTest::mouseClick(child<QPushButton>(&d, "addMarginRowButton"), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // the type editor opened for the new row
        QVERIFY(d.isVisible());                                       // Escape in the editor closes the editor, not the form
        OfferTypeMarginModel *margins = d.offerTypeMargins();
        QCOMPARE(margins->rowCount(), 1);
        QCOMPARE(margins->margins().first().offerType, cc::OfferType::License);
        const QModelIndex percent = margins->index(0, OfferTypeMarginModel::Percent);
        QVERIFY(margins->setData(percent, 75.0));
        const int before = fx.sandbox->totalRequestCount();
        d.submit();
        QTRY_VERIFY(!errorUnder(&d, "domainEdit").isEmpty());
        QVERIFY(fx.sandbox->totalRequestCount() > before);
        QVERIFY(errorUnder(&d, "domainEdit").contains(u"already taken"));
        QCOMPARE(child<QLineEdit>(&d, "domainEdit")->accessibleDescription(), errorUnder(&d, "domainEdit"));
        QVERIFY(d.errorText(u"providercustomerdata.domain"_qs).contains(u"already taken"));
        // The cell, its tooltip and accessible description, and the line under the table.
        QVERIFY(percent.data(FieldErrorRole).toString().contains(u"50 %"));
        QCOMPARE(percent.data(Qt::ToolTipRole).toString(), percent.data(FieldErrorRole).toString());
        QVERIFY(margins->index(0, OfferTypeMarginModel::Rule).data(FieldErrorRole).toString().isEmpty());
        QVERIFY(errorUnder(&d, "offerTypeMarginTable").contains(u"License, Percentage:"));
        QVERIFY(child<QTableView>(&d, "offerTypeMarginTable")->accessibleDescription().contains(u"50 %"));
        QCOMPARE(d.submitButton()->text(), QStringLiteral("&Save (2 problems)"));
        QVERIFY(!d.banner()->isVisible());
        QTRY_VERIFY(child<QLineEdit>(&d, "domainEdit")->hasFocus()); // first in form order
        // Fix both: the customer now has the instance with the row's margin.
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        auto *domain = child<QLineEdit>(&d, "domainEdit");
        domain->selectAll();
        QTest::keyClicks(domain, QStringLiteral("brandnew%1").arg(c.id.toString(QUuid::WithoutBraces).left(8)));
        QVERIFY(margins->setData(percent, 12.0));
        QTRY_COMPARE(d.submitButton()->text(), QStringLiteral("&Save"));
        d.submit();
        QTRY_COMPARE(updated.count(), 1);
        const cc::Customer after = updated.first().first().value<cc::Customer>();
        const auto *pc = after.providerCustomer(fx.instance(u"Direct"_qs).id);
        QVERIFY(pc);
        QCOMPARE(pc->offerTypeMargins.size(), 1);
        QCOMPARE(pc->offerTypeMargins.first().offerType, cc::OfferType::License);
        QCOMPARE(pc->offerTypeMargins.first().margin.value, 12.0);
        QVERIFY(pc->margin.has_value());
        QCOMPARE(pc->margin->value, 10.0);
        QVERIFY(cc::MicrosoftCustomerData::fromJsonText(pc->providerCustomerData)->domain.startsWith(u"brandnew"));
    }

    void editMargins_filledInTodaysValues_serverErrorOnTableCell_thenSavedAndDetailsShowIt()
    {
        // A direct customer (no relationship to choose) in a Microsoft instance, from the details.
        const QUuid instance = fx.instance(u"Direct"_qs).id;
        const cc::Customer c = fx.customer(
            [&](const cc::Customer &c) {
                return c.resellerId.isNull() && c.providerCustomer(instance) && c.providerCustomer(instance)->margin;
            },
            2);
        QVERIFY(!c.id.isNull());
        const cc::ProviderCustomer today = *c.providerCustomer(instance);
        CustomerDetails details;
        details.showCustomer(c, fx.instances);
        FormLauncher launcher(fx.app.get());
        QSignalSpy updated(&launcher, &FormLauncher::customerUpdated);
        connect(&details, &CustomerDetails::editMarginsRequested, &launcher,
                [&](const QUuid &id) { launcher.openEditMargins(nullptr, c, id); });
        // The instance's own "Edit margins" entry in the details.
        QVERIFY(details.findChild<QPushButton *>(u"editMarginsButton"_qs)->isEnabled());
        Q_EMIT details.findChild<QTextBrowser *>(u"detailsView"_qs)
            ->anchorClicked(QUrl(u"margins:"_qs + instance.toString(QUuid::WithoutBraces)));
        QPointer<EditMarginsDialog> d;
        QTRY_VERIFY(d = qobject_cast<EditMarginsDialog *>(QApplication::activeModalWidget()));
        QVERIFY(QTest::qWaitForWindowExposed(d));
        // Today's values, the focus in the first field.
        auto *percent = child<QDoubleSpinBox>(d, "marginPercentSpin");
        QTRY_COMPARE(QApplication::focusWidget(), percent);
        QCOMPARE(percent->value(), today.margin->value);
        QCOMPARE(child<QComboBox>(d, "marginRuleCombo")->currentData().toInt(), int(today.margin->rule));
        OfferTypeMarginModel *margins = d->model()->offerTypeMargins();
        QAbstractItemModelTester tester(margins, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(margins->margins(), today.offerTypeMargins);
        QVERIFY(!d->isDirty());

        // A License markup above the agreed 50 %: a rule only the server has. (The instance's
        // offer types come with the session's provider instances.)
        QTRY_VERIFY(d->model()->instance().has_value());
        retype(percent, QStringLiteral("15"));
        int row = -1;
        for (int i = 0; i < margins->rowCount(); ++i)
            if (margins->margins().at(i).offerType == cc::OfferType::License)
                row = i;
        if (row < 0) {
            QTest::mouseClick(child<QPushButton>(d, "addMarginRowButton"), Qt::LeftButton);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // the type editor opened for the new row
            row = margins->rowCount() - 1;
            QVERIFY(margins->setData(margins->index(row, OfferTypeMarginModel::Type), int(cc::OfferType::License)));
        }
        QVERIFY(margins->setData(margins->index(row, OfferTypeMarginModel::Rule), int(cc::MarginRule::Markup)));
        const QModelIndex cell = margins->index(row, OfferTypeMarginModel::Percent);
        QVERIFY(margins->setData(cell, 75.0));
        d->submit();
        QTRY_VERIFY(!cell.data(FieldErrorRole).toString().isEmpty());
        QVERIFY(cell.data(FieldErrorRole).toString().contains(u"50 %"));
        QVERIFY(errorUnder(d, "offerTypeMarginTable").contains(u"50 %"));
        QVERIFY(errorUnder(d, "marginPercentSpin").isEmpty());
        QVERIFY(!d->banner()->isVisible());
        QCOMPARE(percent->value(), 15.0); // everything typed stays
        QCOMPARE(fx.fetch(c.id).providerCustomer(instance)->margin->value, today.margin->value);

        // Fixed: saved, the form closes and the details show the new margins.
        QVERIFY(margins->setData(cell, 20.0));
        QTRY_COMPARE(d->submitButton()->text(), QStringLiteral("&Save"));
        d->submit();
        QTRY_COMPARE(updated.count(), 1);
        QTRY_VERIFY(!d);
        const cc::Customer after = updated.first().first().value<cc::Customer>();
        details.showCustomer(after, fx.instances);
        const QString shown = details.plainText();
        QVERIFY2(shown.contains(u"Margin: 15.00 % " + cc::marginRuleDisplayName(today.margin->rule)), qPrintable(shown));
        QVERIFY2(shown.contains(cc::offerTypeDisplayName(cc::OfferType::License) + u": 20.00 % " +
                                cc::marginRuleDisplayName(cc::MarginRule::Markup)),
                 qPrintable(shown));
        const cc::Customer onServer = fx.fetch(c.id); // kept: stored points into it
        const cc::ProviderCustomer *stored = onServer.providerCustomer(instance);
        QVERIFY(stored);
        QCOMPARE(stored->margin->value, 15.0);
        QVERIFY(std::any_of(stored->offerTypeMargins.cbegin(), stored->offerTypeMargins.cend(), [](const cc::OfferTypeMargin &m) {
            return m.offerType == cc::OfferType::License && m.margin.value == 20.0 && m.margin.rule == cc::MarginRule::Markup;
        }));
    }

    void addInstance_microsoftClientRules_errorsInsideDataForm_nothingSent()
    {
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return !hasInstance(c, u"Direct"_qs); }, 1);
        AddProviderInstanceDialog d(new AddProviderInstanceForm(fx.client.get(), c, fx.session, fx.instances));
        QVERIFY(showActive(&d));
        chooseInstance(&d, fx.instance(u"Direct"_qs).id);
        child<QCheckBox>(&d, "msKeepPrimaryCheck")->click();
        QTest::keyClicks(child<QLineEdit>(&d, "credentialsEmailEdit"), QStringLiteral("admin(at)contoso"));
        QTest::keyClicks(child<QLineEdit>(&d, "partnerIdEdit"), QStringLiteral("12ab"));
        child<QDoubleSpinBox>(&d, "marginPercentSpin")->setValue(150);
        child<QComboBox>(&d, "marginRuleCombo")
            ->setCurrentIndex(child<QComboBox>(&d, "marginRuleCombo")->findData(int(cc::MarginRule::Margin)));
        const int before = fx.sandbox->totalRequestCount();
        d.submit();
        QCOMPARE(errorUnder(&d, "domainEdit"), QStringLiteral("Required."));
        QVERIFY(!errorUnder(&d, "credentialsEmailEdit").isEmpty());
        QVERIFY(!errorUnder(&d, "msFirstNameEdit").isEmpty());
        QVERIFY(!errorUnder(&d, "msPhoneEdit").isEmpty());
        QVERIFY(!errorUnder(&d, "partnerIdEdit").isEmpty());
        QCOMPARE(errorUnder(&d, "marginPercentSpin"), QStringLiteral("This rule needs a percentage below 100."));
        QCOMPARE(child<QLabel>(&d, "marginExampleLabel")->text(), QStringLiteral("Example: not defined"));
        QTest::qWait(50);
        QCOMPARE(fx.sandbox->totalRequestCount(), before);
        // The first invalid field is scrolled into view and focused.
        QTRY_VERIFY(child<QLineEdit>(&d, "domainEdit")->hasFocus());
        d.reject();
    }

    void addInstance_nonMicrosoft_invalidJson_errorWithLineAndColumn_nothingSent()
    {
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return !hasInstance(c, u"Adobe"_qs); });
        AddProviderInstanceDialog d(new AddProviderInstanceForm(fx.client.get(), c, fx.session, fx.instances));
        QVERIFY(showActive(&d));
        chooseInstance(&d, fx.instance(u"Adobe"_qs).id);
        QVERIFY(!child<QWidget>(&d, "microsoftDataBox")->isVisible());
        auto *json = child<QPlainTextEdit>(&d, "customerDataJsonEdit");
        QVERIFY(json->isVisible());
        // Monospaced as the user sees it: every character as wide as the next (Qt 6.4 does not flag
        // every monospace font, Noto Sans Mono for one, as fixed-pitch).
        const QFontMetrics metrics(json->font());
        QCOMPARE(metrics.horizontalAdvance(u'i'), metrics.horizontalAdvance(u'M'));
        QCOMPARE(metrics.horizontalAdvance(u'{'), metrics.horizontalAdvance(u'W'));
        json->setPlainText(QStringLiteral("{\n  \"AccountId\": \n}"));
        const int before = fx.sandbox->totalRequestCount();
        d.submit();
        QVERIFY2(errorUnder(&d, "customerDataJsonEdit").contains(u"at line 3, column"),
                 qPrintable(errorUnder(&d, "customerDataJsonEdit")));
        QCOMPARE(json->accessibleDescription(), errorUnder(&d, "customerDataJsonEdit"));
        QTRY_VERIFY(json->hasFocus());
        QCOMPARE(json->textCursor().position(), d.model()->jsonErrorPosition()); // the cursor is where it breaks
        QTest::qWait(50);
        QCOMPARE(fx.sandbox->totalRequestCount(), before);
        json->setPlainText(QStringLiteral("{\"AccountId\": \"77\"}"));
        QTRY_VERIFY(errorUnder(&d, "customerDataJsonEdit").isEmpty());
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        d.submit();
        QTRY_COMPARE(updated.count(), 1);
        const auto *pc = updated.first().first().value<cc::Customer>().providerCustomer(fx.instance(u"Adobe"_qs).id);
        QVERIFY(pc);
        QCOMPARE(pc->providerCustomerData, QStringLiteral("{\"AccountId\": \"77\"}"));
    }

    void addInstance_typeEditor_offersOnlyUnusedTypes()
    {
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return !hasInstance(c, u"Direct"_qs); }, 2);
        AddProviderInstanceDialog d(new AddProviderInstanceForm(fx.client.get(), c, fx.session, fx.instances));
        QVERIFY(showActive(&d));
        chooseInstance(&d, fx.instance(u"Direct"_qs).id);
        QVERIFY(child<QLabel>(&d, "offerTypeMarginEmptyHint")->isVisible()); // empty: the instance margin applies
        auto *add = child<QPushButton>(&d, "addMarginRowButton");
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTest::mouseClick(add, Qt::LeftButton);
        auto *editor = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(editor);
        const int types = int(fx.instance(u"Direct"_qs).offerTypes.size());
        QCOMPARE(editor->count(), types - 1); // its own type and the unused ones; License is taken
        QCOMPARE(editor->findText(u"License"_qs), -1);
        editor->setCurrentIndex(editor->findText(u"Azure plan"_qs));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(d.offerTypeMargins()->margins().at(1).offerType, cc::OfferType::AzurePlan); // committed on the next turn
        QVERIFY(!child<QLabel>(&d, "offerTypeMarginEmptyHint")->isVisible());
        // Delete on the table removes the current row.
        auto *table = child<QTableView>(&d, "offerTypeMarginTable");
        table->setFocus();
        table->setCurrentIndex(d.offerTypeMargins()->index(0, OfferTypeMarginModel::Example));
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(d.offerTypeMargins()->rowCount(), 1);
        QCOMPARE(d.offerTypeMargins()->margins().first().offerType, cc::OfferType::AzurePlan);
        d.reject();
    }

    void failedSubmit_closedPort_everyWidgetKeepsItsValue()
    {
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return !hasInstance(c, u"Direct"_qs); }, 3);
        AddProviderInstanceDialog d(new AddProviderInstanceForm(fx.client.get(), c, fx.session, fx.instances));
        QVERIFY(showActive(&d));
        chooseInstance(&d, fx.instance(u"Direct"_qs).id);
        child<QCheckBox>(&d, "msKeepPrimaryCheck")->click();
        const QList<std::pair<const char *, QString>> typed = {{"domainEdit", u"keptdomain"_qs},
                                                               {"credentialsEmailEdit", u"admin@kept.example"_qs},
                                                               {"msFirstNameEdit", u"Inês"_qs},
                                                               {"msLastNameEdit", u"Sousa"_qs},
                                                               {"msEmailEdit", u"ines@kept.example"_qs},
                                                               {"msPhoneEdit", u"+351 21 000 0000"_qs},
                                                               {"languageEdit", u"pt"_qs},
                                                               {"partnerIdEdit", u"1234567"_qs},
                                                               {"qualificationsEdit", u"Education, Nonprofit"_qs}};
        for (const auto &[name, text] : typed)
            child<QLineEdit>(&d, name)->insert(text); // as typed (textEdited), accents too
        child<QCheckBox>(&d, "acceptedMcaCheck")->click();
        typeDate(child<DateField>(&d, "msAgreementDateEdit"), QDate::currentDate().addDays(-3));
        child<QDoubleSpinBox>(&d, "marginPercentSpin")->setValue(17.5);
        d.offerTypeMargins()->addRow();
        d.offerTypeMargins()->setData(d.offerTypeMargins()->index(0, OfferTypeMarginModel::Percent), 9.0);

        const cc::ConnectionSettings good = fx.client->connection();
        cc::ConnectionSettings bad = good;
        bad.apiUrl = FormsFixture::closedPort();
        fx.client->setConnection(bad);
        d.submit();
        QTRY_VERIFY(d.banner()->isVisible());
        fx.client->setConnection(good);
        QVERIFY(d.banner()->text().contains(u"Could not reach the server"));
        QVERIFY(d.submitButton()->isEnabled());
        QCOMPARE(d.submitButton()->text(), QStringLiteral("&Save"));
        QVERIFY(child<QWidget>(&d, "formFields")->isEnabled());
        for (const auto &[name, text] : typed)
            QCOMPARE(child<QLineEdit>(&d, name)->text(), text);
        QVERIFY(child<QCheckBox>(&d, "acceptedMcaCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(&d, "msKeepPrimaryCheck")->isChecked());
        QCOMPARE(child<DateField>(&d, "msAgreementDateEdit")->date(), QDate::currentDate().addDays(-3));
        QCOMPARE(child<QDoubleSpinBox>(&d, "marginPercentSpin")->value(), 17.5);
        QCOMPARE(d.offerTypeMargins()->margins().first().margin.value, 9.0);
        QCOMPARE(child<QComboBox>(&d, "instanceCombo")->currentData().toUuid(), fx.instance(u"Direct"_qs).id);
        // Resubmitted as it stands, it goes through.
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        d.submit();
        QTRY_COMPARE(updated.count(), 1);
        const auto data = cc::MicrosoftCustomerData::fromJsonText(
            updated.first().first().value<cc::Customer>().providerCustomer(fx.instance(u"Direct"_qs).id)->providerCustomerData);
        QCOMPARE(data->qualifications, (QJsonArray{u"Education"_qs, u"Nonprofit"_qs}));
        QCOMPARE(data->firstName, u"Inês"_qs);
    }

    // --- A write whose answer was lost: unknown, checked, then said which -------------------

    void outcome_internalIdAnswerLostAfterApplied_checkedAndServerHasNewValue_oneWrite()
    {
        const cc::Customer c = nth(0);
        FormLauncher launcher(fx.app.get());
        QWidget parent;
        EditDialog *d = launcher.openInternalIdentifier(&parent, c);
        QSignalSpy updated(&launcher, &FormLauncher::customerUpdated);
        QSignalSpy saved(&launcher, &FormLauncher::saved);
        QSignalSpy checked(d->formModel(), &FormModel::outcomeChecked);
        QString checkingBanner;
        connect(d->formModel(), &FormModel::outcomeChecking, d, [&] { checkingBanner = d->banner()->text(); });
        auto *edit = child<QLineEdit>(d, "internalIdentifierEdit");
        edit->setText(QStringLiteral("LOST-50"));
        Q_EMIT edit->textEdited(edit->text());
        QVERIFY(fx.sandbox->addFault(QStringLiteral("internal-id:reset@1")));
        QPointer<EditDialog> guard(d);
        d->submit();
        const QString cid = d->formModel()->lastCorrelationId();
        QTRY_COMPARE(updated.count(), 1);
        QVERIFY2(checkingBanner.contains(u"may or may not have been made") && checkingBanner.contains(u"Checking"),
                 qPrintable(checkingBanner));
        QCOMPARE(checked.count(), 1);
        QCOMPARE(checked.first().first().value<FormModel::Outcome>(), FormModel::Outcome::Applied);
        QCOMPARE(updated.first().first().value<cc::Customer>().internalIdentifier, QStringLiteral("LOST-50"));
        QCOMPARE(saved.count(), 1);
        QVERIFY2(saved.first().at(0).toString().startsWith(u"The server has the new value"),
                 qPrintable(saved.first().at(0).toString()));
        QCOMPARE(saved.first().at(1).toString(), cid);
        QCOMPARE(fx.sandbox->requestCount(cid), 1); // found out by reading, never by sending again
        QTRY_VERIFY(!guard);                        // closed as a success
    }

    void outcome_internalIdAnswerLostNotApplied_saysNotMade_inputKept_saveAgainWorks()
    {
        // The identifier is taken: the sandbox refuses it (400), and the reset loses that answer.
        const cc::Customer owner = fx.customer([](const cc::Customer &c) { return c.resellerId.isNull(); }, 52);
        const cc::Customer c = fx.fetch(fx.customer([](const cc::Customer &c) { return c.resellerId.isNull(); }, 51).id);
        QVERIFY(owner.id != c.id && !owner.id.isNull() && !c.id.isNull());
        const QString taken = QStringLiteral("TAKEN-52");
        bool set = false;
        fx.client->updateInternalIdentifier(owner.id, {taken, {}}, this, [&](const cc::Result<cc::Done> &r) { set = r.ok(); });
        QTRY_VERIFY(set);
        InternalIdentifierDialog d(new InternalIdentifierForm(fx.client.get(), c, fx.session));
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        QSignalSpy checked(d.formModel(), &FormModel::outcomeChecked);
        QVERIFY(showActive(&d));
        auto *edit = child<QLineEdit>(&d, "internalIdentifierEdit");
        retype(edit, taken);
        QVERIFY(fx.sandbox->addFault(QStringLiteral("internal-id:reset@1")));
        d.submit();
        const QString cid = d.formModel()->lastCorrelationId();
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(checked.first().first().value<FormModel::Outcome>(), FormModel::Outcome::NotApplied);
        QVERIFY2(d.banner()->text().startsWith(u"The change was not made"), qPrintable(d.banner()->text()));
        QVERIFY(d.banner()->text().contains(u"saving again is safe"));
        QVERIFY(d.isVisible());
        QCOMPARE(edit->text(), taken); // kept
        QVERIFY(d.submitButton()->isEnabled());
        QVERIFY(d.isDirty());
        QCOMPARE(updated.count(), 0);
        QCOMPARE(fx.sandbox->requestCount(cid), 1);
        QCOMPARE(fx.fetch(c.id).internalIdentifier, c.internalIdentifier);
        // Saving again, with a free value, goes through.
        retype(edit, QStringLiteral("AGAIN-51"));
        d.submit();
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(updated.first().first().value<cc::Customer>().internalIdentifier, QStringLiteral("AGAIN-51"));
    }

    void outcome_readBackFailsToo_stillUnknown_inputKept()
    {
        const cc::Customer c = nth(2);
        InternalIdentifierDialog d(new InternalIdentifierForm(fx.client.get(), c, fx.session));
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        QSignalSpy checked(d.formModel(), &FormModel::outcomeChecked);
        QVERIFY(showActive(&d));
        auto *edit = child<QLineEdit>(&d, "internalIdentifierEdit");
        retype(edit, QStringLiteral("UNKNOWN-52"));
        QVERIFY(fx.sandbox->addFault(QStringLiteral("internal-id:reset@1")));
        QVERIFY(fx.sandbox->addFault(QStringLiteral("customer:status:500")));
        d.submit();
        const QString cid = d.formModel()->lastCorrelationId();
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(checked.first().first().value<FormModel::Outcome>(), FormModel::Outcome::StillUnknown);
        QVERIFY2(d.banner()->text().contains(u"still unknown"), qPrintable(d.banner()->text()));
        QCOMPARE(edit->text(), QStringLiteral("UNKNOWN-52"));
        QVERIFY(d.isVisible());
        QVERIFY(d.submitButton()->isEnabled());
        QCOMPARE(updated.count(), 0);
        QCOMPARE(fx.sandbox->requestCount(cid), 1);
        d.reject();
    }

    void outcome_mcaTimedOutButRecorded_serverHasNewValue_oneWrite()
    {
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return hasInstance(c, u"Direct"_qs); }, 8);
        McaDialog d(new McaForm(fx.client.get(), c, fx.session, fx.instances));
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        QSignalSpy saved(&d, &EditDialog::saved);
        QSignalSpy checked(d.formModel(), &FormModel::outcomeChecked);
        QVERIFY(showActive(&d));
        const QDate date = QDate::currentDate().addDays(-2);
        typeDate(child<DateField>(&d, "agreementDateEdit"), date);
        cc::ConnectionSettings s = fx.client->connection();
        s.timeout = std::chrono::milliseconds(300);
        fx.client->setConnection(s);
        // The sandbox records the agreement at once and answers after the client gave up.
        QVERIFY(fx.sandbox->addFault(QStringLiteral("mca:latency:1500@1")));
        d.submit();
        const QString cid = d.formModel()->lastCorrelationId();
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(checked.first().first().value<FormModel::Outcome>(), FormModel::Outcome::Applied);
        const auto *pc = updated.first().first().value<cc::Customer>().providerCustomer(fx.instance(u"Direct"_qs).id);
        QVERIFY(pc);
        QCOMPARE(cc::MicrosoftCustomerData::fromJsonText(pc->providerCustomerData)->agreementDate, date);
        QVERIFY(saved.first().at(0).toString().startsWith(u"The server has the new value"));
        QCOMPARE(fx.sandbox->requestCount(cid), 1);
    }

    void outcome_addInstanceAnswerLostAfterAdded_serverHasIt_oneWrite()
    {
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return !hasInstance(c, u"Adobe"_qs); }, 9);
        AddProviderInstanceDialog d(new AddProviderInstanceForm(fx.client.get(), c, fx.session, fx.instances));
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        QSignalSpy checked(d.formModel(), &FormModel::outcomeChecked);
        QVERIFY(showActive(&d));
        chooseInstance(&d, fx.instance(u"Adobe"_qs).id);
        QVERIFY(fx.sandbox->addFault(QStringLiteral("add-instance:reset@1")));
        d.submit();
        const QString cid = d.formModel()->lastCorrelationId();
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(checked.count(), 1);
        QCOMPARE(checked.first().first().value<FormModel::Outcome>(), FormModel::Outcome::Applied);
        QVERIFY(updated.first().first().value<cc::Customer>().providerCustomer(fx.instance(u"Adobe"_qs).id));
        QCOMPARE(fx.sandbox->requestCount(cid), 1);
    }

    void outcome_addInstanceAnswerLostNotAdded_saysNotMade_oneWrite()
    {
        // A License markup above the agreed 50 %: the sandbox refuses the POST, the reset loses that answer.
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return !hasInstance(c, u"Adobe"_qs); }, 10);
        AddProviderInstanceDialog d(new AddProviderInstanceForm(fx.client.get(), c, fx.session, fx.instances));
        QSignalSpy updated(&d, &EditDialog::customerUpdated);
        QSignalSpy checked(d.formModel(), &FormModel::outcomeChecked);
        QVERIFY(showActive(&d));
        chooseInstance(&d, fx.instance(u"Adobe"_qs).id);
        OfferTypeMarginModel *margins = d.offerTypeMargins();
        QVERIFY(margins->addRow());
        QCOMPARE(margins->margins().first().offerType, cc::OfferType::License);
        QVERIFY(margins->setData(margins->index(0, OfferTypeMarginModel::Percent), 75.0));
        QVERIFY(fx.sandbox->addFault(QStringLiteral("add-instance:reset@1")));
        d.submit();
        const QString cid = d.formModel()->lastCorrelationId();
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(checked.first().first().value<FormModel::Outcome>(), FormModel::Outcome::NotApplied);
        QVERIFY2(d.banner()->text().startsWith(u"The change was not made"), qPrintable(d.banner()->text()));
        QCOMPARE(margins->margins().first().margin.value, 75.0); // kept
        QVERIFY(d.isVisible());
        QCOMPARE(updated.count(), 0);
        QCOMPARE(fx.sandbox->requestCount(cid), 1);
        QVERIFY(!fx.fetch(c.id).providerCustomer(fx.instance(u"Adobe"_qs).id));
        d.reject();
    }

    // --- Dates and numbers are never changed silently ------------------------------------------

    void mca_dateTypedInUsAndGerman_fourDigitYearKept_futureAndNotADateErrorUnderField_nothingSent()
    {
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return hasInstance(c, u"Direct"_qs); }, 9);
        struct Case
        {
            QLocale locale;
            QString future, notADate, good;
        };
        const QDate yesterday = QDate::currentDate().addDays(-1);
        const Case cases[] = {
            {QLocale(QLocale::English, QLocale::UnitedStates), u"12/31/2099"_qs, u"2/30/2026"_qs,
             yesterday.toString(u"M/d/yyyy")},
            {QLocale(QLocale::German, QLocale::Germany), u"31.12.2099"_qs, u"30.02.2026"_qs, yesterday.toString(u"dd.MM.yyyy")}};
        for (const Case &k : cases) {
            QLocale::setDefault(k.locale);
            McaDialog d(new McaForm(fx.client.get(), c, fx.session, fx.instances));
            QVERIFY(showActive(&d));
            auto *date = child<DateField>(&d, "agreementDateEdit");
            QVERIFY2(date->displayFormat().contains(u"yyyy"), qPrintable(date->displayFormat()));
            QCOMPARE(date->text(), QLocale().toString(QDate::currentDate(), date->displayFormat()));
            // A future date stays as typed and the form says what is wrong.
            retype(date, k.future);
            QCOMPARE(date->text(), k.future);
            QTest::keyClick(date, Qt::Key_Tab);
            QCOMPARE(date->text(), k.future);
            QCOMPARE(errorUnder(&d, "agreementDateEdit"), QStringLiteral("The date cannot be in the future."));
            const int before = fx.sandbox->totalRequestCount();
            d.submit();
            QVERIFY(!d.isSubmitting());
            QCOMPARE(date->text(), k.future);
            // Text that is not a date stays too, and is said to be no date.
            retype(date, k.notADate);
            QTest::keyClick(date, Qt::Key_Tab);
            QCOMPARE(date->text(), k.notADate);
            QTRY_VERIFY2(errorUnder(&d, "agreementDateEdit").startsWith(u"Not a date"),
                         qPrintable(errorUnder(&d, "agreementDateEdit")));
            d.submit();
            QVERIFY(!d.isSubmitting());
            QCOMPARE(fx.sandbox->totalRequestCount(), before);
            // A good date is sent exactly as shown.
            retype(date, k.good);
            QCOMPARE(date->text(), k.good);
            QTRY_VERIFY(errorUnder(&d, "agreementDateEdit").isEmpty());
            QCOMPARE(qobject_cast<McaForm *>(d.formModel())->agreementDate(), yesterday);
            QCOMPARE(qobject_cast<McaForm *>(d.formModel())->update().agreementDate, yesterday);
            d.reject();
        }
    }

    void addInstance_marginOutOfRange_errorNextToFieldAndCell_notClamped_nothingSent()
    {
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return !hasInstance(c, u"Adobe"_qs); }, 11);
        AddProviderInstanceDialog d(new AddProviderInstanceForm(fx.client.get(), c, fx.session, fx.instances));
        QVERIFY(showActive(&d));
        chooseInstance(&d, fx.instance(u"Adobe"_qs).id);
        auto *percent = child<QDoubleSpinBox>(&d, "marginPercentSpin");
        retype(percent, QStringLiteral("99999"));
        QTest::keyClick(percent, Qt::Key_Tab);
        QCOMPARE(percent->value(), 99999.0);
        QCOMPARE(qobject_cast<AddProviderInstanceForm *>(d.formModel())->margin().value, 99999.0);
        QCOMPARE(errorUnder(&d, "marginPercentSpin"), QStringLiteral("Enter a percentage from 0 to 999."));
        // A cell of the offer-type table, through its editor.
        QTest::mouseClick(child<QPushButton>(&d, "addMarginRowButton"), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // the type editor opened for the new row
        OfferTypeMarginModel *margins = d.offerTypeMargins();
        auto *table = child<QTableView>(&d, "offerTypeMarginTable");
        const QModelIndex cell = margins->index(0, OfferTypeMarginModel::Percent);
        table->setFocus();
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto *editor = table->viewport()->findChild<QDoubleSpinBox *>();
        QVERIFY(editor);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("5000"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(margins->margins().first().margin.value, 5000.0); // the view commits on its next turn
        const int before = fx.sandbox->totalRequestCount();
        d.submit();
        QVERIFY(!d.isSubmitting());
        QCOMPARE(cell.data(FieldErrorRole).toString(), QStringLiteral("Enter a percentage from 0 to 999."));
        QCOMPARE(errorUnder(&d, "marginPercentSpin"), QStringLiteral("Enter a percentage from 0 to 999."));
        QCOMPARE(percent->value(), 99999.0);
        QCOMPARE(fx.sandbox->totalRequestCount(), before);
        // In range: what is shown is what is sent.
        retype(percent, QStringLiteral("999"));
        QVERIFY(margins->setData(cell, 0.0));
        QTRY_VERIFY(errorUnder(&d, "marginPercentSpin").isEmpty());
        const auto request = qobject_cast<AddProviderInstanceForm *>(d.formModel())->request();
        QCOMPARE(request.margin.value, 999.0);
        QCOMPARE(request.offerTypeMargins.first().margin.value, 0.0);
        d.reject();
    }

    // --- Keyboard and focus -----------------------------------------------------------------------

    void keyboard_eachDialogOpensInItsFirstField_returnOnUnchangedFormSavesNothing()
    {
        const cc::Customer c = fx.customer(
            [this](const cc::Customer &c) { return hasInstance(c, u"Direct"_qs) && !hasInstance(c, u"Adobe"_qs); }, 12);
        QVERIFY(!c.id.isNull());
        const std::unique_ptr<EditDialog> dialogs[] = {
            std::make_unique<InternalIdentifierDialog>(new InternalIdentifierForm(fx.client.get(), c, fx.session)),
            std::make_unique<McaDialog>(new McaForm(fx.client.get(), c, fx.session, fx.instances)),
            std::make_unique<AddProviderInstanceDialog>(
                new AddProviderInstanceForm(fx.client.get(), c, fx.session, fx.instances))};
        const char *first[] = {"internalIdentifierEdit", "instanceCombo", "instanceCombo"};
        for (int i = 0; i < 3; ++i) {
            EditDialog *d = dialogs[i].get();
            QVERIFY(showActive(d));
            QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(d, first[i]));
            QVERIFY(!d->submitButton()->isDefault());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QVERIFY2(!d->isSubmitting(), d->objectName().toLatin1());
            QVERIFY(d->isVisible());
            d->reject();
        }
    }

    void keyboard_returnSavesOnceSomethingChanged_andSaysWhatHappened()
    {
        const cc::Customer c = nth(3);
        FormLauncher launcher(fx.app.get());
        QWidget parent;
        EditDialog *d = launcher.openInternalIdentifier(&parent, c);
        QSignalSpy saved(&launcher, &FormLauncher::saved);
        d->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(d));
        auto *edit = child<QLineEdit>(d, "internalIdentifierEdit");
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!d->isSubmitting());
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("RET-53"));
        QVERIFY(d->submitButton()->isDefault());
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(d->isSubmitting());
        const QString cid = d->formModel()->lastCorrelationId();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).toString(), QStringLiteral("Internal identifier of %1 set to RET-53.").arg(c.companyName));
        QCOMPARE(saved.first().at(1).toString(), cid);
        QCOMPARE(fx.sandbox->requestCount(cid), 1);
    }

    void internalId_clearAsksFirst_noSendsNothing_yesClearsAndSaysSo()
    {
        const cc::Customer c = fx.customer([](const cc::Customer &c) { return !c.internalIdentifier.isEmpty(); }, 13);
        InternalIdentifierDialog d(new InternalIdentifierForm(fx.client.get(), c, fx.session));
        QSignalSpy saved(&d, &EditDialog::saved);
        QVERIFY(showActive(&d));
        // An error about the value goes when Clear empties it.
        retype(child<QLineEdit>(&d, "internalIdentifierEdit"), QString(256, u'y'));
        d.submit();
        QVERIFY(!errorUnder(&d, "internalIdentifierEdit").isEmpty());
        QTest::mouseClick(child<QPushButton>(&d, "clearButton"), Qt::LeftButton);
        QTRY_VERIFY(errorUnder(&d, "internalIdentifierEdit").isEmpty());
        m_clearAnswer = false;
        d.submit();
        QCOMPARE(m_clearQuestions, 1);
        QVERIFY(!d.isSubmitting());
        QVERIFY(d.isVisible());
        QVERIFY(child<QLineEdit>(&d, "internalIdentifierEdit")->text().isEmpty()); // still as the user left it
        m_clearAnswer = true;
        d.submit();
        QCOMPARE(m_clearQuestions, 2);
        QVERIFY(d.isSubmitting());
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).toString(), QStringLiteral("Internal identifier of %1 cleared.").arg(c.companyName));
        QVERIFY(fx.fetch(c.id).internalIdentifier.isEmpty());
    }

    void failedSubmit_revokedPastedToken_valuesKept_closeKeepsDraft_reopensFilled()
    {
        QVERIFY(fx.signIn(fx.sandbox->issueToken(ccsandbox::Role::Csp, 600)));
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return hasInstance(c, u"Direct"_qs); }, 2);
        auto *d = new McaDialog(new McaForm(fx.client.get(), c, fx.session, fx.instances));
        QVERIFY(showActive(d));
        child<QCheckBox>(d, "keepPrimaryCheck")->click();
        QTest::keyClicks(child<QLineEdit>(d, "firstNameEdit"), QStringLiteral("Joana"));
        QTest::keyClicks(child<QLineEdit>(d, "lastNameEdit"), QStringLiteral("Ferreira"));
        QTest::keyClicks(child<QLineEdit>(d, "emailEdit"), QStringLiteral("joana@contoso.pt"));
        QTest::keyClicks(child<QLineEdit>(d, "phoneEdit"), QStringLiteral("+351 912 345 678"));
        fx.sandbox->revokeAllTokens();
        d->submit();
        QTRY_VERIFY(d->banner()->isVisible());
        QVERIFY(d->banner()->text().contains(u"sign in again"));
        QVERIFY(d->submitButton()->isEnabled());
        QCOMPARE(child<QLineEdit>(d, "firstNameEdit")->text(), QStringLiteral("Joana"));
        QCOMPARE(child<QLineEdit>(d, "lastNameEdit")->text(), QStringLiteral("Ferreira"));
        QCOMPARE(child<QLineEdit>(d, "emailEdit")->text(), QStringLiteral("joana@contoso.pt"));
        QCOMPARE(child<QLineEdit>(d, "phoneEdit")->text(), QStringLiteral("+351 912 345 678"));
        QVERIFY(!child<QCheckBox>(d, "keepPrimaryCheck")->isChecked());
        // Closing it to sign in again does not ask and keeps the input.
        d->reject();
        QCOMPARE(m_discardQuestions, 0);
        delete d;
        QVERIFY(DraftStore::load(u"microsoft-customer-agreement"_qs, c.id).has_value());
        QVERIFY(fx.signIn(fx.sandbox->issueToken(ccsandbox::Role::Csp, 600)));
        McaDialog again(new McaForm(fx.client.get(), c, fx.session, fx.instances));
        QVERIFY(!child<QCheckBox>(&again, "keepPrimaryCheck")->isChecked());
        QCOMPARE(child<QLineEdit>(&again, "firstNameEdit")->text(), QStringLiteral("Joana"));
        QCOMPARE(child<QLineEdit>(&again, "phoneEdit")->text(), QStringLiteral("+351 912 345 678"));
        QVERIFY(again.banner()->text().startsWith(u"Restored what you typed"));
        again.reject();
        QVERIFY(!DraftStore::load(u"microsoft-customer-agreement"_qs, c.id).has_value());
    }

    void closeDirty_asksThroughSeam_noKeepsItOpenWithInput()
    {
        const cc::Customer c = fx.customers.at(30);
        InternalIdentifierDialog d(new InternalIdentifierForm(fx.client.get(), c, fx.session));
        QVERIFY(showActive(&d));
        // Not dirty: closes without a question.
        d.reject();
        QCOMPARE(m_discardQuestions, 0);
        QVERIFY(showActive(&d));
        QTest::keyClicks(child<QLineEdit>(&d, "internalIdentifierEdit"), QStringLiteral("-X"));
        m_discardAnswer = false;
        QTest::keyClick(&d, Qt::Key_Escape);
        QCOMPARE(m_discardQuestions, 1);
        QVERIFY(d.isVisible());
        QCOMPARE(child<QLineEdit>(&d, "internalIdentifierEdit")->text(), c.internalIdentifier + u"-X");
        d.close(); // the window's X
        QCOMPARE(m_discardQuestions, 2);
        QVERIFY(d.isVisible());
        m_discardAnswer = true;
        QTest::mouseClick(child<QPushButton>(&d, "cancelButton"), Qt::LeftButton);
        QCOMPARE(m_discardQuestions, 3);
        QVERIFY(!d.isVisible());
        QVERIFY(!DraftStore::load(u"internal-identifier"_qs, c.id).has_value());
    }

    void draft_dialogGoneWithoutSaving_restoredNextTime()
    {
        const cc::Customer c = fx.customers.at(31);
        {
            InternalIdentifierDialog d(new InternalIdentifierForm(fx.client.get(), c, fx.session));
            QVERIFY(showActive(&d));
            QTest::keyClicks(child<QLineEdit>(&d, "internalIdentifierEdit"), QStringLiteral("-DRAFT"));
            QVERIFY(d.isDirty());
            // Gone before the debounce fires, as when the app quits: the draft is written anyway.
        }
        QVERIFY(DraftStore::load(u"internal-identifier"_qs, c.id).has_value());
        InternalIdentifierDialog again(new InternalIdentifierForm(fx.client.get(), c, fx.session));
        QCOMPARE(child<QLineEdit>(&again, "internalIdentifierEdit")->text(), c.internalIdentifier + QStringLiteral("-DRAFT"));
        QVERIFY(again.banner()->isVisibleTo(&again));
        QVERIFY(again.isDirty());
        again.reject(); // discard
        QVERIFY(!DraftStore::load(u"internal-identifier"_qs, c.id).has_value());
    }

    void launcher_restoreDrafts_restoreOpensFilledForm_discardDrops_laterKeeps()
    {
        QSettings().remove(u"drafts"_qs); // only this slot's drafts
        const cc::Customer a = fx.customers.at(40);
        const cc::Customer b = fx.customers.at(41);
        const cc::Customer m = fx.customer([this](const cc::Customer &c) { return hasInstance(c, u"Direct"_qs); }, 6);
        auto draft = [&](const cc::Customer &c, const QString &form, const QJsonObject &values) {
            DraftStore::save({form, c.id, c.companyName, QDateTime::currentDateTimeUtc(), values, fx.sandbox->tenant(), {}});
        };
        draft(a, u"internal-identifier"_qs, {{u"value"_qs, u"RESTORED-A"_qs}});
        draft(b, u"internal-identifier"_qs, {{u"value"_qs, u"DROPPED-B"_qs}});
        draft(m, u"microsoft-customer-agreement"_qs,
              {{u"keep"_qs, false},
               {u"firstname"_qs, u"Later"_qs},
               {u"instance"_qs, fx.instance(u"Direct"_qs).id.toString(QUuid::WithoutBraces)}});
        // One list, whatever the number of drafts: restore a, discard b, leave m for later.
        int offered = 0;
        QList<DraftStore::Draft> listed;
        FormLauncher::offerDrafts = [&](FormLauncher *, QWidget *, const QList<DraftStore::Draft> &drafts) {
            ++offered;
            listed = drafts;
        };
        FormLauncher launcher(fx.app.get());
        QWidget parent;
        QCOMPARE(launcher.drafts().size(), 3);
        launcher.restoreDrafts(&parent);
        QCOMPARE(offered, 1);
        QCOMPARE(listed.size(), 3);
        for (const DraftStore::Draft &d : std::as_const(listed)) {
            if (d.customerId == a.id)
                launcher.restoreDraft(&parent, d);
            else if (d.customerId == b.id)
                launcher.discardDrafts({d});
        }
        EditDialog *d = nullptr;
        QTRY_VERIFY((d = parent.findChild<InternalIdentifierDialog *>()));
        QCOMPARE(child<QLineEdit>(d, "internalIdentifierEdit")->text(), QStringLiteral("RESTORED-A"));
        QVERIFY(d->isDirty());
        QVERIFY(!DraftStore::load(u"internal-identifier"_qs, b.id).has_value());
        QVERIFY(DraftStore::load(u"microsoft-customer-agreement"_qs, m.id).has_value());
        // The same form for the same customer is raised, not opened twice.
        QCOMPARE(launcher.openInternalIdentifier(&parent, a), d);
        d->reject();
        DraftStore::remove(u"microsoft-customer-agreement"_qs, m.id);
    }

    void launcher_openedBeforeSessionReadInstances_formGetsThemWhenItHas()
    {
        const cc::Customer c = fx.customer([this](const cc::Customer &c) { return hasInstance(c, u"Direct"_qs); }, 7);
        SessionController session(std::make_unique<cc::MemoryCredentialStore>());
        FormLauncher launcher(&session);
        QWidget parent;
        QPointer<EditDialog> d;
        bool instancesKnownAtOpen = true;
        // Right at sign-in, as a restored draft's form may open: the session has not read them yet.
        connect(&session, &SessionController::signedIn, &parent, [&] {
            instancesKnownAtOpen = !session.providerInstances().isEmpty();
            d = launcher.openMicrosoftCustomerAgreement(&parent, c);
        });
        session.signIn(fx.appSignIn());
        QTRY_VERIFY(d);
        QVERIFY(!instancesKnownAtOpen);
        QTRY_COMPARE(child<QComboBox>(d, "instanceCombo")->currentData().toUuid(), fx.instance(u"Direct"_qs).id);
        d->reject();
    }

    void keyboard_eachDialog_uniqueMnemonicsNamedControlsAndTabReachesSave()
    {
        const cc::Customer withReseller = fx.customer([this](const cc::Customer &c) {
            return !c.resellerId.isNull() && hasInstance(c, u"Direct"_qs) && !hasInstance(c, u"Adobe"_qs);
        });
        QVERIFY(!withReseller.id.isNull());
        const std::unique_ptr<EditDialog> dialogs[] = {
            std::make_unique<InternalIdentifierDialog>(new InternalIdentifierForm(fx.client.get(), withReseller, fx.session)),
            std::make_unique<McaDialog>(new McaForm(fx.client.get(), withReseller, fx.session, fx.instances)),
            std::make_unique<AddProviderInstanceDialog>(
                new AddProviderInstanceForm(fx.client.get(), withReseller, fx.session, fx.instances))};
        for (const auto &d : dialogs) {
            QVERIFY(showActive(d.get()));
            QHash<QKeySequence, QString> mnemonics;
            auto note = [&](const QString &text) {
                const QKeySequence key = QKeySequence::mnemonic(text);
                if (key.isEmpty())
                    return;
                QVERIFY2(!mnemonics.contains(key), qPrintable(d->objectName() + u": " + text + u" and " + mnemonics.value(key)));
                mnemonics.insert(key, text);
            };
            for (QLabel *l : d->findChildren<QLabel *>())
                if (l->buddy() && l->isVisibleTo(d.get()))
                    note(l->text());
            for (QAbstractButton *b : d->findChildren<QAbstractButton *>())
                if (b->isVisibleTo(d.get()))
                    note(b->text());
            QVERIFY(mnemonics.size() >= 3);
            // Every control a keyboard reaches has a name for screen readers.
            for (QWidget *w : d->findChildren<QWidget *>()) {
                if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(d.get()) || qobject_cast<QAbstractButton *>(w))
                    continue;
                if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
                    continue; // the inner editor of a spin box or combo
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(d->objectName() + u": " + w->objectName() + u" " +
                                                                    QString::fromLatin1(w->metaObject()->className())));
            }
            // Tab goes round every field to Save without getting stuck.
            QWidget *first = d->focusWidget();
            QVERIFY(first);
            bool reachedSave = false;
            for (int i = 0; i < 60 && !reachedSave; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                reachedSave = QApplication::focusWidget() == d->submitButton();
            }
            QVERIFY2(reachedSave, qPrintable(d->objectName()));
            d->reject();
        }
    }

    // Not a check: renders each dialog with an error into $CC_FORMS_SCREENSHOTS (docs/screenshots).
    void screenshots_eachDialogWithAnError()
    {
        // Renders the docs' form screenshots when CC_FORMS_SCREENSHOTS names a folder; otherwise
        // into a temporary one: the walk through each form's errors runs either way.
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        QString dir = qEnvironmentVariable("CC_FORMS_SCREENSHOTS");
        if (dir.isEmpty())
            dir = scratch.path();
        QDir().mkpath(dir);
        QWidget parent;
        {
            // A direct customer whose identifier is, now, not empty: earlier cases edit identifiers.
            cc::Customer owner;
            for (int n = 2; owner.internalIdentifier.isEmpty() && n < 40; ++n)
                owner = fx.fetch(
                    fx.customer([](const cc::Customer &c) { return c.resellerId.isNull() && !c.internalIdentifier.isEmpty(); }, n)
                        .id);
            QVERIFY(!owner.internalIdentifier.isEmpty());
            const cc::Customer c = fx.customer([](const cc::Customer &c) { return !c.resellerId.isNull(); }, 4);
            InternalIdentifierDialog d(new InternalIdentifierForm(fx.client.get(), c, fx.session), &parent);
            QVERIFY(showActive(&d));
            auto *edit = child<QLineEdit>(&d, "internalIdentifierEdit");
            edit->setText(owner.internalIdentifier);
            Q_EMIT edit->textEdited(edit->text());
            d.submit();
            QTRY_VERIFY(!errorUnder(&d, "internalIdentifierEdit").isEmpty());
            QTest::qWait(100);
            QVERIFY(d.grab().save(dir + u"/forms-internal-identifier.png"));
            d.formModel()->discardDraft();
        }
        {
            const cc::Customer c = fx.customer([this](const cc::Customer &c) { return hasInstance(c, u"Direct"_qs); }, 8);
            McaDialog d(new McaForm(fx.client.get(), c, fx.session, fx.instances), &parent);
            QVERIFY(showActive(&d));
            child<QCheckBox>(&d, "keepPrimaryCheck")->click();
            QTest::keyClicks(child<QLineEdit>(&d, "firstNameEdit"), QStringLiteral("J"));
            QTest::keyClicks(child<QLineEdit>(&d, "lastNameEdit"), QStringLiteral("Ferreira"));
            QTest::keyClicks(child<QLineEdit>(&d, "emailEdit"), QStringLiteral("joana@contoso"));
            QTest::keyClicks(child<QLineEdit>(&d, "phoneEdit"), QStringLiteral("+351 912 345 678"));
            d.submit();
            QTest::qWait(100);
            QVERIFY(d.grab().save(dir + u"/forms-microsoft-customer-agreement.png"));
            // The same on a dark palette: the red stays readable.
            const QPalette light = QApplication::palette();
            QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a));
            dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
            QApplication::setPalette(dark);
            QTest::qWait(100);
            QVERIFY(d.grab().save(dir + u"/forms-microsoft-customer-agreement-dark.png"));
            QApplication::setPalette(light);
            QTest::qWait(50);
            child<QLineEdit>(&d, "firstNameEdit")->setText(QStringLiteral("Joana"));
            Q_EMIT child<QLineEdit>(&d, "firstNameEdit")->textEdited(QString());
            child<QLineEdit>(&d, "emailEdit")->setText(QStringLiteral("joana@contoso.pt"));
            Q_EMIT child<QLineEdit>(&d, "emailEdit")->textEdited(QString());
            typeDate(child<DateField>(&d, "agreementDateEdit"), c.createdDate.date().addDays(-30));
            d.submit();
            QTRY_VERIFY(!errorUnder(&d, "agreementDateEdit").isEmpty());
            QTest::qWait(100);
            QVERIFY(d.grab().save(dir + u"/forms-microsoft-customer-agreement-server.png"));
            d.formModel()->discardDraft();
        }
        {
            const cc::Customer c = fx.customer(
                [this](const cc::Customer &c) { return !hasInstance(c, u"Direct"_qs) && !hasInstance(c, u"Adobe"_qs); }, 2);
            const cc::Customer holder = fx.customer([this](const cc::Customer &c) { return hasInstance(c, u"Direct"_qs); }, 9);
            AddProviderInstanceDialog d(new AddProviderInstanceForm(fx.client.get(), c, fx.session, fx.instances), &parent);
            QVERIFY(showActive(&d));
            chooseInstance(&d, fx.instance(u"Direct"_qs).id);
            QTest::keyClicks(child<QLineEdit>(&d, "domainEdit"),
                             cc::MicrosoftCustomerData::fromJsonText(
                                 holder.providerCustomer(fx.instance(u"Direct"_qs).id)->providerCustomerData)
                                 ->domain);
            QTest::keyClicks(child<QLineEdit>(&d, "credentialsEmailEdit"), QStringLiteral("admin@contoso.example"));
            OfferTypeMarginModel *margins = d.offerTypeMargins();
            margins->addRow();
            margins->setData(margins->index(0, OfferTypeMarginModel::Percent), 75.0);
            margins->addRow();
            margins->setData(margins->index(1, OfferTypeMarginModel::Percent), 8.0);
            margins->setData(margins->index(1, OfferTypeMarginModel::Rule), int(cc::MarginRule::SplitMargin));
            d.submit();
            QTRY_VERIFY(!errorUnder(&d, "domainEdit").isEmpty());
            // Tall enough to show the whole form without its scroll bar.
            auto fullHeight = [&d] {
                return d.findChild<QWidget *>(u"formFields"_qs)->sizeHint().height() + d.submitButton()->sizeHint().height() + 40;
            };
            d.resize(780, fullHeight());
            QTest::qWait(100);
            QVERIFY(d.grab().save(dir + u"/forms-add-provider-instance.png"));
            chooseInstance(&d, fx.instance(u"Adobe"_qs).id);
            QCOMPARE(child<QComboBox>(&d, "instanceCombo")->currentData().toUuid(), fx.instance(u"Adobe"_qs).id);
            child<QPlainTextEdit>(&d, "customerDataJsonEdit")->setPlainText(QStringLiteral("{\n  \"AccountId\": \"1234\",\n}"));
            d.submit();
            QTRY_VERIFY(!errorUnder(&d, "customerDataJsonEdit").isEmpty());
            d.resize(780, fullHeight());
            QTest::qWait(100);
            QVERIFY(d.grab().save(dir + u"/forms-add-provider-instance-json.png"));
            d.formModel()->discardDraft();
        }
    }
};

QTEST_MAIN(TestForms)
#include "tst_forms.moc"

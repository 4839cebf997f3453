// The "margins per offer type" table model: each offer type at most once, edits, the live
// example, and errors on the right cell by normalised path, under QAbstractItemModelTester.

#include <offertypemarginmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestOfferTypeMarginModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void addRow_twoTypes_eachOnceThenRefused()
    {
        OfferTypeMarginModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAvailableTypes({cc::OfferType::License, cc::OfferType::AzurePlan});
        QSignalSpy edited(&model, &OfferTypeMarginModel::edited);
        QVERIFY(model.addRow());
        QVERIFY(model.addRow());
        QVERIFY(!model.addRow());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(edited.count(), 2);
        QVERIFY(model.unusedTypes().isEmpty());
        QCOMPARE(model.index(0, OfferTypeMarginModel::Type).data(OfferTypeMarginModel::OfferTypeRole).toInt(),
                 int(cc::OfferType::License));
    }

    void setData_typeAlreadyUsedOrNotSold_refused()
    {
        OfferTypeMarginModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAvailableTypes({cc::OfferType::License, cc::OfferType::AzurePlan, cc::OfferType::AzureReservation});
        model.addRow();
        model.addRow();
        const QModelIndex second = model.index(1, OfferTypeMarginModel::Type);
        QVERIFY(!model.setData(second, int(cc::OfferType::License)));
        QVERIFY(!model.setData(second, int(cc::OfferType::PerpetualSoftware)));
        QVERIFY(model.setData(second, int(cc::OfferType::AzureReservation)));
        QCOMPARE(model.margins().at(1).offerType, cc::OfferType::AzureReservation);
        QVERIFY(!model.setData(model.index(0, OfferTypeMarginModel::Example), 1));
    }

    void setData_percentAndRule_exampleFollows()
    {
        OfferTypeMarginModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAvailableTypes({cc::OfferType::License});
        model.addRow();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, OfferTypeMarginModel::Percent), 10.0));
        QCOMPARE(model.index(0, OfferTypeMarginModel::Example).data().toString(), QStringLiteral("100.00 → 110.00"));
        QVERIFY(model.setData(model.index(0, OfferTypeMarginModel::Rule), int(cc::MarginRule::Margin)));
        QCOMPARE(model.index(0, OfferTypeMarginModel::Example).data().toString(), QStringLiteral("100.00 → 111.11"));
        QVERIFY(model.setData(model.index(0, OfferTypeMarginModel::Percent), 100.0));
        QCOMPARE(model.index(0, OfferTypeMarginModel::Example).data().toString(), QStringLiteral("not defined"));
        QVERIFY(changed.count() >= 3);
        QCOMPARE(model.index(0, OfferTypeMarginModel::Percent).data().toString(), QStringLiteral("100.00 %"));
        QVERIFY(!model.setData(model.index(0, OfferTypeMarginModel::Percent), QStringLiteral("lots")));
    }

    void errorPaths_serverSpelling_landOnTheirCells()
    {
        OfferTypeMarginModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAvailableTypes({cc::OfferType::License, cc::OfferType::AzurePlan});
        model.addRow();
        model.addRow();
        QCOMPARE(model.indexForPath(QStringLiteral("offertypemargins[azureplan].value")),
                 model.index(1, OfferTypeMarginModel::Percent));
        QCOMPARE(model.indexForPath(QStringLiteral("offertypemargins[license].marginrule.name")),
                 model.index(0, OfferTypeMarginModel::Rule));
        QCOMPARE(model.indexForPath(QStringLiteral("offertypemargins[license]")), model.index(0, OfferTypeMarginModel::Type));
        QVERIFY(!model.indexForPath(QStringLiteral("offertypemargins[azurereservation].value")).isValid());
        QVERIFY(!model.indexForPath(QStringLiteral("offertypemargins[nonsense]")).isValid());
        QVERIFY(!model.indexForPath(QStringLiteral("margin.value")).isValid());

        const QModelIndex cell = model.index(1, OfferTypeMarginModel::Percent);
        QVERIFY(model.setData(cell, QStringLiteral("Too high."), FieldErrorRole));
        QCOMPARE(cell.data(FieldErrorRole).toString(), QStringLiteral("Too high."));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Too high."));
        QCOMPARE(cell.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Too high."));
        QVERIFY(model.index(0, OfferTypeMarginModel::Percent).data(FieldErrorRole).toString().isEmpty());
        // Setting an error is not an edit of the form.
        QSignalSpy edited(&model, &OfferTypeMarginModel::edited);
        model.setData(cell, QString(), FieldErrorRole);
        QCOMPARE(edited.count(), 0);
        QVERIFY(cell.data(FieldErrorRole).toString().isEmpty());
    }

    void errorPaths_entryByPosition_landOnTheEntrySentThere()
    {
        // A server may name a dictionary entry by its position in the body; the body's keys go out
        // sorted by name: AzurePlan, License, SoftwareSubscription, whatever the rows' order.
        OfferTypeMarginModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAvailableTypes({cc::OfferType::SoftwareSubscription, cc::OfferType::License, cc::OfferType::AzurePlan});
        model.setMargins({{cc::OfferType::SoftwareSubscription, {5, cc::MarginRule::Markup}},
                          {cc::OfferType::License, {6, cc::MarginRule::Markup}},
                          {cc::OfferType::AzurePlan, {7, cc::MarginRule::Markup}}});
        QCOMPARE(model.indexForPath(QStringLiteral("offertypemargins[2].margin")), model.index(0, OfferTypeMarginModel::Percent));
        QCOMPARE(model.indexForPath(QStringLiteral("offertypemargins[0].value")), model.index(2, OfferTypeMarginModel::Percent));
        QCOMPARE(model.indexForPath(QStringLiteral("offertypemargins[1].marginrule.name")),
                 model.index(1, OfferTypeMarginModel::Rule));
        QCOMPARE(model.indexForPath(QStringLiteral("offertypemargins[1]")), model.index(1, OfferTypeMarginModel::Type));
        QVERIFY(!model.indexForPath(QStringLiteral("offertypemargins[3].value")).isValid());
        QVERIFY(!model.indexForPath(QStringLiteral("offertypemargins[-1].value")).isValid());
    }

    void editCell_withError_errorGoes()
    {
        OfferTypeMarginModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAvailableTypes({cc::OfferType::License});
        model.addRow();
        model.setErrors({{QStringLiteral("offertypemargins[license].value"), QStringLiteral("Too high.")}});
        QCOMPARE(model.errorAt(0, OfferTypeMarginModel::Percent), QStringLiteral("Too high."));
        model.setData(model.index(0, OfferTypeMarginModel::Percent), 12.0);
        QVERIFY(model.errorAt(0, OfferTypeMarginModel::Percent).isEmpty());
    }

    void removeRowAndNewInstance_rowsGo()
    {
        OfferTypeMarginModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAvailableTypes({cc::OfferType::License, cc::OfferType::AzurePlan});
        model.addRow();
        model.addRow();
        model.removeRow(0);
        model.removeRow(7); // out of range: nothing
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.margins().first().offerType, cc::OfferType::AzurePlan);
        model.setAvailableTypes({cc::OfferType::License});
        QCOMPARE(model.rowCount(), 0);
        model.setMargins({{cc::OfferType::License, {5, cc::MarginRule::Markup}},
                          {cc::OfferType::License, {6, cc::MarginRule::Markup}},
                          {cc::OfferType::AzurePlan, {7, cc::MarginRule::Markup}}});
        QCOMPARE(model.rowCount(), 1); // duplicates and types the instance does not sell are dropped
    }

    void headers_translatedNamesAndTooltips()
    {
        OfferTypeMarginModel model;
        QCOMPARE(model.headerData(OfferTypeMarginModel::Type, Qt::Horizontal).toString(), QStringLiteral("Offer type"));
        QVERIFY(model.headerData(OfferTypeMarginModel::Example, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"100.00"));
        QCOMPARE(OfferTypeMarginModel::offerTypeDisplayName(cc::OfferType::AzurePlan), QStringLiteral("Azure plan"));
        QCOMPARE(OfferTypeMarginModel::ruleDisplayName(cc::MarginRule::ErpMinusDiscount), QStringLiteral("ERP minus discount"));
    }
};

QTEST_GUILESS_MAIN(TestOfferTypeMarginModel)
#include "tst_offertypemarginmodel.moc"

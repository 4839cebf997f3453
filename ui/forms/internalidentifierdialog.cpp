#include "internalidentifierdialog.h"

#include <accessibility.h>
#include <core/domain/validation.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

std::function<bool(QWidget *, const QString &)> InternalIdentifierDialog::confirmClear = [](QWidget *parent,
                                                                                            const QString &name) {
    QMessageBox box(QMessageBox::Question, InternalIdentifierDialog::tr("Clear the internal identifier?"),
                    InternalIdentifierDialog::tr("The internal identifier of %1 will be removed.").arg(name), QMessageBox::Cancel,
                    parent);
    QPushButton *clear = box.addButton(InternalIdentifierDialog::tr("C&lear"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel); // Return does not destroy anything
    box.exec();
    return box.clickedButton() == clear;
};

InternalIdentifierDialog::InternalIdentifierDialog(InternalIdentifierForm *model, QWidget *parent)
    : EditDialog(model, parent)
    , m_model(model)
    , m_value(new QLineEdit(this))
    , m_relationship(new QComboBox(this))
{
    setObjectName(QStringLiteral("internalIdentifierDialog"));
    setWindowTitle(tr("Internal identifier — %1").arg(model->customer().companyName));
    m_value->setObjectName(QStringLiteral("internalIdentifierEdit"));
    // Longer than allowed on purpose: the rule says why, the field does not cut the text.
    m_value->setMaxLength(4 * cc::validation::MaxInternalIdentifierLength);
    m_value->setPlaceholderText(tr("Empty: no internal identifier"));
    m_relationship->setObjectName(QStringLiteral("relationshipCombo"));
    for (const QUuid &r : model->relationships())
        m_relationship->addItem(QString(), r);
    setRelationshipCombo(m_relationship); // by the reseller's name
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setObjectName(QStringLiteral("clearButton"));
    clear->setAccessibleDescription(tr("Empties the internal identifier"));

    auto *row = new QHBoxLayout;
    row->addLayout(bind(m_value, QStringLiteral("internalidentifier")), 1);
    row->addWidget(clear, 0, Qt::AlignTop);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    accessibility::labelField(valueLabel, m_value);
    m_value->setAccessibleName(tr("Internal identifier"));
    form()->addRow(valueLabel, row);
    QLabel *relLabel = addRow(form(), tr("&Relationship:"), m_relationship, {QStringLiteral("resellerid")}, tr("Relationship"));
    const bool choice = m_relationship->count() > 1;
    form()->setRowVisible(relLabel, choice);
    // As the eye reads: the value, its Clear button on the same row, then the relationship.
    setTabOrder(m_value, clear);
    setTabOrder(clear, m_relationship);

    whenEdited(m_value, &QLineEdit::textEdited, [this] { m_model->setValue(m_value->text()); });
    whenEdited(m_relationship, &QComboBox::currentIndexChanged,
               [this] { m_model->setResellerId(m_relationship->currentData().toUuid()); });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_value->clear();
        // An edit like typing: the model hears of it, and an error about the old value goes.
        Q_EMIT m_value->textEdited(m_value->text());
        m_value->setFocus();
    });
    finishSetup(QSize(520, 0));
}

void InternalIdentifierDialog::syncFromModel()
{
    if (m_value->text() != m_model->value())
        m_value->setText(m_model->value());
    m_relationship->setCurrentIndex(std::max(0, m_relationship->findData(m_model->resellerId())));
}

bool InternalIdentifierDialog::confirmSubmit()
{
    // Sending nothing removes the identifier: an empty field may be a slip, so ask.
    if (!m_model->update().internalIdentifier.isEmpty())
        return true;
    return confirmClear(this, m_model->customer().companyName);
}

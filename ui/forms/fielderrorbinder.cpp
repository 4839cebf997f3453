#include "fielderrorbinder.h"

#include "errorframe.h"
#include "fielderrorline.h"

#include <accessibility.h>
#include <banner.h>
#include <fielderrorrole.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFocusEvent>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

struct FieldErrorBinder::Entry
{
    QPointer<QWidget> input; // the widget, or the view of bound cells
    QStringList paths;       // a widget's paths, or errors about the whole view
    FieldErrorLine *line = nullptr;
    ErrorFrame *frame = nullptr;
    QString originalToolTip;
    QString message;      // the widget's (or whole view's) own message
    bool server = false;  // the message came from the server: it stays until the field changes
    bool touched = false; // the user changed the field: focus-out checks it
    // Cells
    QAbstractItemView *view = nullptr;
    std::function<QModelIndex(const QString &)> locate;
    QMap<QString, QString> cells; // path -> message
    QSet<QString> serverCells;

    bool hasError() const { return !message.isEmpty() || !cells.isEmpty(); }
    int count() const { return (message.isEmpty() ? 0 : 1) + int(cells.size()); }
};

FieldErrorBinder::FieldErrorBinder(QWidget *form, Banner *banner)
    : QObject(form)
    , m_form(form)
    , m_banner(banner)
{}

FieldErrorBinder::~FieldErrorBinder() = default;

QLayout *FieldErrorBinder::bind(QWidget *input, const QStringList &paths)
{
    // Input and error line go where the layout goes (to the label's parent), when it is added.
    auto *v = new QVBoxLayout;
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(3);
    v->addWidget(input);
    auto entry = std::make_unique<Entry>();
    entry->input = input;
    entry->paths = paths;
    entry->line = new FieldErrorLine(input->objectName(), input->parentWidget() ? input->parentWidget() : m_form.data());
    v->addWidget(entry->line);
    entry->frame = new ErrorFrame(input);
    entry->originalToolTip = input->toolTip();
    Entry *e = entry.get();
    m_entries.push_back(std::move(entry));

    // A change takes the field's error away (and after the first submit, re-checks the form).
    auto changed = [this, e] { fieldChanged(*e); };
    if (auto *w = qobject_cast<QLineEdit *>(input))
        connect(w, &QLineEdit::textEdited, this, changed);
    else if (auto *w = qobject_cast<QPlainTextEdit *>(input))
        connect(w, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *w = qobject_cast<QComboBox *>(input)) {
        connect(w, &QComboBox::currentIndexChanged, this, changed);
        if (QLineEdit *edit = w->lineEdit()) // an editable combo box: typing is a change too
            connect(edit, &QLineEdit::textEdited, this, changed);
    } else if (auto *w = qobject_cast<QDateTimeEdit *>(input))
        connect(w, &QDateTimeEdit::dateTimeChanged, this, changed);
    else if (auto *w = qobject_cast<QDoubleSpinBox *>(input))
        connect(w, &QDoubleSpinBox::valueChanged, this, changed);
    else if (auto *w = qobject_cast<QSpinBox *>(input))
        connect(w, &QSpinBox::valueChanged, this, changed);
    else if (auto *w = qobject_cast<QAbstractButton *>(input))
        connect(w, &QAbstractButton::toggled, this, changed);
    // Text in a spin box that is not a value (yet) changes no value; it is still an edit,
    // checked when focus leaves.
    if (qobject_cast<QAbstractSpinBox *>(input))
        if (auto *edit = input->findChild<QLineEdit *>())
            connect(edit, &QLineEdit::textEdited, this, changed);
    input->installEventFilter(this);
    return v;
}

QLayout *FieldErrorBinder::bindCells(QAbstractItemView *view, std::function<QModelIndex(const QString &)> locate,
                                     const QStringList &viewPaths)
{
    QLayout *box = bind(view, viewPaths);
    Entry *e = m_entries.back().get();
    e->view = view;
    e->locate = std::move(locate);
    if (QAbstractItemModel *model = view->model()) {
        auto sync = [this, e] { syncCells(*e); };
        connect(model, &QAbstractItemModel::dataChanged, this, sync);
        connect(model, &QAbstractItemModel::rowsRemoved, this, sync);
        connect(model, &QAbstractItemModel::rowsInserted, this, sync);
        connect(model, &QAbstractItemModel::modelReset, this, sync);
    }
    return box;
}

void FieldErrorBinder::setValidator(std::function<cc::FieldErrors()> validator)
{
    m_validator = std::move(validator);
}

FieldErrorBinder::Entry *FieldErrorBinder::entryFor(const QObject *input) const
{
    for (const auto &e : m_entries)
        if (e->input == input)
            return e.get();
    return nullptr;
}

bool FieldErrorBinder::isShown(const Entry &e) const
{
    return e.input && m_form && e.input->isVisibleTo(m_form);
}

void FieldErrorBinder::clearError(QWidget *input)
{
    Entry *e = entryFor(input);
    if (!e || e->message.isEmpty())
        return;
    setMessage(*e, {}, false);
    countChanged();
}

void FieldErrorBinder::setMessage(Entry &e, const QString &message, bool fromServer)
{
    e.message = message;
    e.server = fromServer && !message.isEmpty();
    if (!e.view)
        e.line->setMessage(message);
    else
        updateCellLine(e);
    if (QWidget *input = e.input) {
        input->setToolTip(message.isEmpty() ? e.originalToolTip : message);
        accessibility::setErrorDescription(input, message);
        input->setProperty("invalid", !message.isEmpty());
    }
    e.frame->setActive(!message.isEmpty());
}

void FieldErrorBinder::setCell(Entry &e, const QString &path, const QString &message, bool fromServer)
{
    const QModelIndex index = e.locate(path);
    if (!index.isValid())
        return;
    m_writingCells = true;
    e.view->model()->setData(index, message, FieldErrorRole);
    m_writingCells = false;
    if (message.isEmpty()) {
        e.cells.remove(path);
        e.serverCells.remove(path);
    } else {
        e.cells.insert(path, message);
        if (fromServer)
            e.serverCells.insert(path);
        else
            e.serverCells.remove(path);
    }
}

void FieldErrorBinder::updateCellLine(Entry &e)
{
    QStringList lines;
    if (!e.message.isEmpty())
        lines << e.message;
    QAbstractItemModel *model = e.view->model();
    for (auto it = e.cells.cbegin(); it != e.cells.cend(); ++it) {
        const QModelIndex index = e.locate(it.key());
        if (!index.isValid())
            continue;
        const QString row = index.sibling(index.row(), 0).data().toString();
        const QString column = model->headerData(index.column(), Qt::Horizontal).toString();
        lines << (index.column() == 0 ? tr("%1: %2").arg(row, it.value()) : tr("%1, %2: %3").arg(row, column, it.value()));
    }
    const QString text = lines.join(u'\n');
    e.line->setMessage(text);
    accessibility::setErrorDescription(e.view, text);
    e.frame->setActive(!text.isEmpty());
}

void FieldErrorBinder::syncCells(Entry &e)
{
    if (m_writingCells)
        return;
    // The model drops a cell's error when the cell is edited; rows may be gone.
    bool changed = false;
    for (auto it = e.cells.begin(); it != e.cells.end();) {
        const QModelIndex index = e.locate(it.key());
        if (!index.isValid() || index.data(FieldErrorRole).toString().isEmpty()) {
            e.serverCells.remove(it.key());
            it = e.cells.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (changed) {
        updateCellLine(e);
        countChanged();
    }
    if (m_live)
        scheduleRevalidate();
}

int FieldErrorBinder::route(const cc::FieldErrors &errors, bool fromServer, cc::FieldErrors *unmatched)
{
    for (const auto &e : m_entries) {
        setMessage(*e, {}, false);
        if (e->view) {
            const QStringList paths = e->cells.keys();
            for (const QString &p : paths)
                setCell(*e, p, {}, false);
        }
    }
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QString text = it.value().join(u' ');
        bool landed = false;
        for (const auto &e : m_entries) {
            // A hidden field cannot show its error: the banner does.
            if (!isShown(*e))
                continue;
            if (e->paths.contains(it.key())) {
                setMessage(*e, e->message.isEmpty() ? text : e->message + u' ' + text, fromServer);
                landed = true;
                break;
            }
            if (e->view && e->locate(it.key()).isValid()) {
                setCell(*e, it.key(), text, fromServer);
                landed = true;
                break;
            }
        }
        if (!landed && unmatched)
            unmatched->insert(it.key(), it.value());
    }
    for (const auto &e : m_entries)
        if (e->view)
            updateCellLine(*e);
    countChanged();
    return problemCount();
}

int FieldErrorBinder::showFieldErrors(const cc::FieldErrors &errors)
{
    cc::FieldErrors unmatched;
    const int n = route(errors, false, &unmatched);
    if (m_banner && !unmatched.isEmpty()) {
        QStringList lines;
        for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it)
            for (const QString &m : it.value())
                if (!lines.contains(m))
                    lines << m;
        m_banner->showMessage(lines.join(u'\n'));
    }
    focusFirstError();
    return n;
}

int FieldErrorBinder::showErrors(const cc::ApiError &error)
{
    if (!error.isError()) {
        clearErrors();
        if (m_banner)
            m_banner->hide();
        return 0;
    }
    cc::FieldErrors unmatched;
    const int n = route(error.fieldErrors, !error.clientSide, &unmatched);
    const bool aboutFields = n > 0 && (error.kind == cc::ApiError::Kind::Validation || !m_bannerForPlaced);
    if (m_banner) {
        if (!aboutFields || !unmatched.isEmpty()) {
            cc::ApiError shown = error;
            QStringList lines;
            if (!shown.description.isEmpty())
                lines << shown.description;
            for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it)
                for (const QString &m : it.value())
                    if (!lines.contains(m))
                        lines << m;
            shown.description = lines.join(u'\n');
            m_banner->showError(shown);
        } else {
            m_banner->hide();
        }
    }
    focusFirstError();
    return n;
}

void FieldErrorBinder::clearErrors()
{
    route({}, false, nullptr);
}

void FieldErrorBinder::setLive(bool live)
{
    m_live = live;
}

void FieldErrorBinder::fieldChanged(Entry &e)
{
    e.touched = true;
    if (!e.message.isEmpty()) {
        setMessage(e, {}, false);
        countChanged();
    }
    if (m_live)
        scheduleRevalidate();
}

void FieldErrorBinder::scheduleRevalidate()
{
    // After the slots that carry the change into the form's model have run.
    if (m_revalidateQueued)
        return;
    m_revalidateQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_revalidateQueued = false;
        if (m_live)
            revalidate();
    });
}

void FieldErrorBinder::revalidate()
{
    if (!m_validator)
        return;
    const cc::FieldErrors errors = m_validator();
    for (const auto &e : m_entries) {
        if (!e->server) {
            QStringList messages;
            for (const QString &p : std::as_const(e->paths))
                messages += errors.value(p);
            setMessage(*e, messages.join(u' '), false);
        }
        if (!e->view)
            continue;
        // Our own cell errors follow the rules; the server's stay until their cell changes.
        const QStringList shown = e->cells.keys();
        for (const QString &p : shown)
            if (!e->serverCells.contains(p) && !errors.contains(p))
                setCell(*e, p, {}, false);
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            if (!e->serverCells.contains(it.key()) && e->locate(it.key()).isValid())
                setCell(*e, it.key(), it.value().join(u' '), false);
        updateCellLine(*e);
    }
    countChanged();
}

bool FieldErrorBinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && !m_live && m_validator) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        Entry *e = entryFor(watched);
        // A popup (calendar, combo list) is still the same field.
        if (e && e->touched && !e->server && !e->view && reason != Qt::PopupFocusReason) {
            const cc::FieldErrors errors = m_validator();
            QStringList messages;
            for (const QString &p : std::as_const(e->paths))
                messages += errors.value(p);
            setMessage(*e, messages.join(u' '), false);
            countChanged();
        }
    }
    return QObject::eventFilter(watched, event);
}

int FieldErrorBinder::problemCount() const
{
    int n = 0;
    for (const auto &e : m_entries)
        n += e->count();
    return n;
}

void FieldErrorBinder::countChanged()
{
    const int n = problemCount();
    if (n == m_lastCount)
        return;
    m_lastCount = n;
    Q_EMIT problemCountChanged(n);
}

QString FieldErrorBinder::errorText(const QString &path) const
{
    for (const auto &e : m_entries) {
        if (e->paths.contains(path))
            return e->message;
        if (e->view && e->cells.contains(path))
            return e->cells.value(path);
    }
    return {};
}

bool FieldErrorBinder::focusFirstError()
{
    for (const auto &e : m_entries) {
        QWidget *input = e->input;
        if (!input || !e->hasError() || !m_form || !input->isVisibleTo(m_form) || !input->isEnabled())
            continue;
        for (QWidget *w = input->parentWidget(); w; w = w->parentWidget())
            if (auto *area = qobject_cast<QScrollArea *>(w))
                area->ensureWidgetVisible(input);
        if (e->view && !e->cells.isEmpty()) {
            // The first cell in reading order, not in the order of the paths.
            QModelIndex first;
            for (auto it = e->cells.cbegin(); it != e->cells.cend(); ++it) {
                const QModelIndex cell = e->locate(it.key());
                if (cell.isValid() && (!first.isValid() || cell.row() < first.row() ||
                                       (cell.row() == first.row() && cell.column() < first.column())))
                    first = cell;
            }
            e->view->setCurrentIndex(first);
            e->view->scrollTo(first);
        }
        input->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

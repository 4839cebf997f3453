#pragma once

#include <QPointer>
#include <QWidget>

// The red frame over an input. A transparent sibling on top of it rather than a style sheet, so
// that every style keeps drawing its own combo boxes, spin boxes and date edits.
class ErrorFrame final : public QWidget
{
public:
    explicit ErrorFrame(QWidget *input);
    void setActive(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow();
    QPointer<QWidget> m_input;
    bool m_active = false;
};

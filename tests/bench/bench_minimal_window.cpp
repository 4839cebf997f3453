// The floor of the startup benchmark: a minimal Qt Widgets program that shows one window and quits
// once it has been painted.

#include <QApplication>
#include <QPaintEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

class Window : public QWidget
{
    bool m_painted = false;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QWidget::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            std::fputs("painted\n", stdout); // scripts/bench times the start-up up to this line
            std::fflush(stdout);
        }
        QTimer::singleShot(0, qApp, &QApplication::quit);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Window w;
    w.resize(800, 600);
    w.show();
    return app.exec();
}

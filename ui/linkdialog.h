#pragma once

#include <sessioncontroller.h>

#include <QDialog>
#include <QUrl>

#include <functional>

class Banner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Gets a customer's relationship acceptance link: choose the provider instance (and, for a CSP,
// the reseller, by name), then copy it, open it, or copy a ready-to-send email that contains it.
class LinkDialog : public QDialog
{
    Q_OBJECT
public:
    LinkDialog(SessionController *session, const cc::Customer &customer, const QList<QUuid> &resellers,
               QWidget *parent = nullptr);
    QString link() const;
    // The link when it is a web address (http or https), else empty: what "Open in browser" opens.
    QUrl webLink() const;
    void getLink();
    // The email for the customer, in the chosen language; what it says accepting grants follows the
    // link (with delegated administration, DAP=true, or without).
    QString emailText() const;
    // Whether the link asks for delegated administration privileges as well as the reseller relationship.
    bool linkGrantsDelegatedAdmin() const;
    // Opens a web address in the desktop's browser; false when none could be started. A seam for tests.
    static std::function<bool(const QUrl &)> openInBrowser;

Q_SIGNALS:
    void linkReady(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillInstances();
    void fillResellers();
    void setBusy(bool busy);

    SessionController *m_session;
    cc::Customer m_customer;
    QLabel *m_instanceLabel;
    QComboBox *m_instance;
    QLabel *m_resellerLabel;
    QComboBox *m_reseller;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QPushButton *m_get;
    QLineEdit *m_link;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_email;
    QPushButton *m_close;
    QLabel *m_status;
    Banner *m_banner;
    cc::CallHandle m_call;
    QList<QUuid> m_seenResellers; // in the list; the directory adds the others it knows
};

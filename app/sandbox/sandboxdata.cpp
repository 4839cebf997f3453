#include "sandboxdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ccsandbox {

namespace {

// A small deterministic generator (SplitMix64): the same seed gives the same tenant everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x1234567ULL) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    QUuid uuid()
    {
        const quint64 a = next();
        const quint64 b = next();
        // Version 4, variant 1, like the real API's GUIDs.
        return QUuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0FFF) | 0x4000), uchar(((b >> 56) & 0x3F) | 0x80),
                     uchar(b >> 48), uchar(b >> 40), uchar(b >> 32), uchar(b >> 24), uchar(b >> 16), uchar(b >> 8),
                     uchar(b));
    }

private:
    quint64 m_state;
};

struct Country
{
    const char *code;
    QList<const char *> cities;
    const char *legal;
    const char *phonePrefix;
    const char *zipFormat;
};

const QList<Country> &countries()
{
    static const QList<Country> list = {
        {"PT", {"Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Aveiro"}, "Lda", "+351 2", "####-###"},
        {"ES", {"Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"}, "S.L.", "+34 9", "#####"},
        {"FR", {"Paris", "Lyon", "Marseille", "Toulouse", "Nantes"}, "SARL", "+33 1", "#####"},
        {"DE", {"Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main"}, "GmbH", "+49 30", "#####"},
        {"IT", {"Milano", "Roma", "Torino", "Bologna", "Firenze"}, "S.r.l.", "+39 02", "#####"},
        {"BR", {"São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba"}, "Ltda.", "+55 11", "#####-###"},
        {"GB", {"London", "Manchester", "Leeds", "Bristol"}, "Ltd", "+44 20", "## ###"},
        {"US", {"Seattle", "Austin", "Boston", "Denver", "Chicago"}, "Inc.", "+1 206", "#####"},
        {"NL", {"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven"}, "B.V.", "+31 20", "#### ##"},
    };
    return list;
}

const QList<const char *> prefixes = {"Nordlicht", "Atlântico", "Contoso", "Fabrikam", "Tailspin", "Northwind",
                                      "Litware", "Adatum", "Blue Yonder", "Alpine", "Coho", "Lucerne",
                                      "Wingtip", "Proseware", "Fourth Coffee", "Margie's", "Trey", "Woodgrove",
                                      "Humongous", "Graphic Design", "Sol Nascente", "Vale Verde", "Iberia",
                                      "Montanha", "Lusitana", "Rheinland", "Bella Vista", "Castelo", "Aurora",
                                      "Horizonte", "Ribeira", "Estrela", "Quinta", "Solaris", "Boreal"};
const QList<const char *> trades = {"Logistik", "Dental Clinic", "Pharma", "Consulting", "Software", "Engenharia",
                                    "Arquitectos", "Foods", "Textiles", "Hotels", "Transportes", "Bank",
                                    "Insurance", "Energy", "Retail", "Studios", "Labs", "Health", "Legal",
                                    "Construções", "Imobiliária", "Vinhos", "Motors", "Airlines", "Telecom",
                                    "Seguros", "Marketing", "Education", "Robotics", "Analytics"};
const QList<const char *> firstNames = {"Ana", "João", "Maria", "Pedro", "Inês", "Miguel", "Sofia", "Tiago",
                                        "Lucía", "Javier", "Camille", "Louis", "Lena", "Jonas", "Giulia",
                                        "Marco", "Beatriz", "Rafael", "Emma", "Oliver", "Charlotte", "Daniel",
                                        "Francisca", "Rui", "Carla", "Hans", "Chiara", "Paulo", "Marta"};
const QList<const char *> lastNames = {"Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues",
                                       "García", "Martínez", "Dubois", "Laurent", "Müller", "Schmidt", "Rossi",
                                       "Bianchi", "Souza", "Almeida", "Smith", "Johnson", "Brown", "de Vries",
                                       "Jansen", "Carvalho", "Gomes", "Martins", "Lopes", "Weber", "Ricci"};
const QList<const char *> streets = {"Rua Augusta", "Avenida da Liberdade", "Calle Mayor", "Rue de Rivoli",
                                     "Hauptstraße", "Via Roma", "Main Street", "Keizersgracht", "Rua das Flores",
                                     "Avenida Paulista", "High Street", "Rua do Ouro"};

QString digits(Rng &rng, const char *format)
{
    QString out;
    for (const char *p = format; *p; ++p)
        out += *p == '#' ? QChar(u'0' + rng.below(10)) : QChar::fromLatin1(*p);
    return out;
}

QString slug(const QString &name)
{
    QString s = name.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (QChar c : s) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
    }
    return out;
}

QJsonObject marginJson(const MarginRec &m)
{
    QJsonObject rule;
    rule.insert(u"name", m.rule);
    QJsonObject o;
    o.insert(u"value", m.value);
    o.insert(u"marginRule", rule);
    return o;
}

} // namespace

Tenant::Tenant(quint32 seed, int customerCount)
{
    Rng rng(seed);
    instances = {
        {rng.uuid(), QStringLiteral("Microsoft CSP — Direct"), QStringLiteral("4b0f1c2a-90d3-4c5e-8f61-1a2b3c4d5e6f"),
         QStringLiteral("Microsoft"),
         {QStringLiteral("License"), QStringLiteral("SoftwareSubscription"), QStringLiteral("PerpetualSoftware"),
          QStringLiteral("AzurePlan"), QStringLiteral("AzureReservation"), QStringLiteral("AzureSavingsPlan")},
         {QStringLiteral("PT"), QStringLiteral("ES"), QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("IT"),
          QStringLiteral("BR"), QStringLiteral("GB"), QStringLiteral("US"), QStringLiteral("NL")}},
        {rng.uuid(), QStringLiteral("Microsoft CSP — Legacy"), QStringLiteral("7c9e2d41-5a6b-4e8f-9d0c-2b3a4c5d6e7f"),
         QStringLiteral("Microsoft"), {QStringLiteral("LicenseLegacy"), QStringLiteral("AzureLegacy")},
         {QStringLiteral("PT"), QStringLiteral("ES"), QStringLiteral("BR")}},
        {rng.uuid(), QStringLiteral("Adobe VIP Marketplace"), QStringLiteral("ADOBE-VIPMP-EU-0042"),
         QStringLiteral("Adobe"), {QStringLiteral("License"), QStringLiteral("SoftwareSubscription")},
         {QStringLiteral("PT"), QStringLiteral("ES"), QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("IT")}},
        {rng.uuid(), QStringLiteral("Acronis Cyber Protect Cloud"), QStringLiteral("acronis-dc-eu2"),
         QStringLiteral("Acronis"), {QStringLiteral("SoftwareSubscription")},
         {QStringLiteral("PT"), QStringLiteral("DE"), QStringLiteral("GB"), QStringLiteral("US")}},
    };
    for (int i = 0; i < 5; ++i)
        resellers << rng.uuid();

    const QList<const char *> rules = {"Markup", "Margin", "SplitMargin", "ErpMinusDiscount"};
    const QDateTime epoch(QDate(2019, 1, 1), QTime(9, 0), Qt::UTC);
    customers.resize(size_t(customerCount));
    index.reserve(customerCount);
    for (int i = 0; i < customerCount; ++i) {
        CustomerRec &c = customers[size_t(i)];
        const Country &country = countries().at(rng.below(int(countries().size())));
        c.id = rng.uuid();
        const QString prefix = QString::fromUtf8(rng.pick(prefixes));
        const QString trade = QString::fromUtf8(rng.pick(trades));
        const QString city = QString::fromUtf8(rng.pick(country.cities));
        c.companyName = rng.chance(30) ? QStringLiteral("%1 %2 %3 %4").arg(prefix, trade, city, QString::fromLatin1(country.legal))
                                       : QStringLiteral("%1 %2 %3").arg(prefix, trade, QString::fromLatin1(country.legal));
        c.sortKey = c.companyName.toLower();
        c.country = QString::fromLatin1(country.code);
        c.city = city;
        c.state = city;
        c.address1 = QStringLiteral("%1, %2").arg(QString::fromUtf8(rng.pick(streets))).arg(1 + rng.below(300));
        if (rng.chance(25))
            c.address2 = QStringLiteral("%1º").arg(1 + rng.below(9));
        c.zip = digits(rng, country.zipFormat);
        c.taxId = c.country + digits(rng, "#########");
        c.firstName = QString::fromUtf8(rng.pick(firstNames));
        c.lastName = QString::fromUtf8(rng.pick(lastNames));
        if (rng.chance(10))
            c.middleName = QString::fromUtf8(rng.pick(lastNames));
        // Unique domain: company slug plus the index keeps 100,000 customers apart.
        c.domain = slug(prefix + trade).left(24) + QString::number(i) + QStringLiteral(".onmicrosoft.com");
        c.email = slug(c.firstName) + u'.' + slug(c.lastName) + u'@' + slug(prefix + trade).left(20) + QStringLiteral(".example");
        c.phone = QString::fromLatin1(country.phonePrefix) + digits(rng, "## ### ###");
        c.deleted = rng.chance(5);
        c.created = epoch.addSecs(qint64(rng.below(6 * 365 * 24)) * 3600);
        if (rng.chance(50))
            c.resellerId = resellers.at(rng.below(int(resellers.size())));
        if (rng.chance(70))
            c.cspInternalId = QStringLiteral("ERP-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        if (!c.resellerId.isNull() && rng.chance(50))
            c.resellerInternalId = QStringLiteral("R-%1").arg(i + 1, 5, 10, QLatin1Char('0'));

        // Most customers exist in Microsoft's direct instance; some also elsewhere.
        for (int k = 0; k < instances.size(); ++k) {
            const InstanceRec &inst = instances.at(k);
            const int odds = k == 0 ? 75 : k == 1 ? 15 : 12;
            if (!rng.chance(odds))
                continue;
            ProviderCustomerRec pc;
            pc.instanceId = inst.id;
            pc.resellerId = c.resellerId;
            if (!rng.chance(8))
                pc.providerCustomerId = rng.uuid().toString(QUuid::WithoutBraces);
            pc.margin = MarginRec{double(5 + rng.below(21)), QString::fromLatin1(rng.pick(rules))};
            if (rng.chance(40)) {
                const QString type = inst.offerTypes.at(rng.below(int(inst.offerTypes.size())));
                pc.offerTypeMargins.insert(type, MarginRec{double(2 + rng.below(15)), QString::fromLatin1(rng.pick(rules))});
            }
            if (inst.microsoft()) {
                QJsonObject d;
                d.insert(u"Domain", c.domain.section(u'.', 0, 0));
                d.insert(u"CredentialsEmail", QString(QStringLiteral("admin@") + c.domain));
                const bool accepted = rng.chance(80);
                d.insert(u"AcceptedMCA", accepted);
                if (accepted)
                    d.insert(u"AgreementDate", c.created.addDays(rng.below(60)).toString(Qt::ISODate));
                d.insert(u"KeepPrimaryInformation", true);
                d.insert(u"DefaultCulture", c.country == u"PT" ? QStringLiteral("pt-PT") : QStringLiteral("en-US"));
                d.insert(u"Language", c.country == u"PT" ? QStringLiteral("pt") : QStringLiteral("en"));
                d.insert(u"Qualifications", QJsonArray());
                d.insert(u"EnableGDAP", true);
                pc.data = QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact));
                domainOwner.insert(c.domain.section(u'.', 0, 0).toLower(), i);
            } else {
                QJsonObject d;
                d.insert(u"AccountId", QString::number(100000 + rng.below(900000)));
                pc.data = QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact));
            }
            c.providerCustomers.append(pc);
        }
        index.insert(c.id, i);
    }
    byName.resize(customers.size());
    for (size_t i = 0; i < customers.size(); ++i)
        byName[i] = int(i);
    std::stable_sort(byName.begin(), byName.end(), [this](int a, int b) {
        return customers[size_t(a)].sortKey < customers[size_t(b)].sortKey;
    });
}

const InstanceRec *Tenant::instance(const QUuid &id) const
{
    for (const auto &i : instances)
        if (i.id == id)
            return &i;
    return nullptr;
}

void Tenant::invalidate(int customerIndex)
{
    CustomerRec &c = customers[size_t(customerIndex)];
    c.cspJson.clear();
    c.resellerJson.clear();
}

const QByteArray &Tenant::json(int customerIndex, bool resellerView)
{
    CustomerRec &c = customers[size_t(customerIndex)];
    QByteArray &cache = resellerView ? c.resellerJson : c.cspJson;
    if (!cache.isEmpty())
        return cache;
    auto str = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonObject o;
    o.insert(u"id", c.id.toString(QUuid::WithoutBraces));
    o.insert(u"companyName", c.companyName);
    o.insert(u"taxId", str(c.taxId));
    o.insert(u"country", c.country);
    o.insert(u"addressLine1", c.address1);
    o.insert(u"addressLine2", str(c.address2));
    o.insert(u"city", c.city);
    o.insert(u"state", c.state);
    o.insert(u"zip", c.zip);
    o.insert(u"firstName", c.firstName);
    o.insert(u"middleName", str(c.middleName));
    o.insert(u"lastName", c.lastName);
    o.insert(u"email", c.email);
    o.insert(u"phone", c.phone);
    o.insert(u"internalIdentifier", str(resellerView ? c.resellerInternalId : c.cspInternalId));
    o.insert(u"resellerId", c.resellerId.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.resellerId.toString(QUuid::WithoutBraces)));
    o.insert(u"domain", c.domain);
    o.insert(u"isDeleted", c.deleted);
    o.insert(u"createdDate", c.created.toString(Qt::ISODate));
    QJsonObject pcs;
    for (const ProviderCustomerRec &pc : c.providerCustomers) {
        // A reseller sees only what belongs to its own relationship.
        if (resellerView && pc.resellerId != c.resellerId)
            continue;
        QJsonObject p;
        p.insert(u"providerInstanceId", pc.instanceId.toString(QUuid::WithoutBraces));
        p.insert(u"providerCustomerId", str(pc.providerCustomerId));
        p.insert(u"providerCustomerData", str(pc.data));
        p.insert(u"margin", pc.margin ? QJsonValue(marginJson(*pc.margin)) : QJsonValue(QJsonValue::Null));
        QJsonObject otm;
        for (auto it = pc.offerTypeMargins.cbegin(); it != pc.offerTypeMargins.cend(); ++it)
            otm.insert(it.key(), marginJson(it.value()));
        p.insert(u"offerTypeMargins", otm);
        pcs.insert(pc.instanceId.toString(QUuid::WithoutBraces), p);
    }
    o.insert(u"providerCustomers", pcs);
    // Partner associations are the CSP's business.
    o.insert(u"customerAssociations", resellerView ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray()));
    cache = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return cache;
}

} // namespace ccsandbox

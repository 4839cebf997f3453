#include "sandboxdata.h"

#include <QLocale>

#include <algorithm>

namespace ccsandbox {

namespace {

// A small deterministic generator (SplitMix64): the same seed gives the same tenant everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x1234567ULL)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    int pick(const QStringList &list) { return below(int(list.size())); }
    QUuid uuid()
    {
        const quint64 a = next();
        const quint64 b = next();
        // Version 4, variant 1, like the real API's GUIDs.
        return QUuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0FFF) | 0x4000), uchar(((b >> 56) & 0x3F) | 0x80),
                     uchar(b >> 48), uchar(b >> 40), uchar(b >> 32), uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b));
    }

private:
    quint64 m_state;
};

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

QString slug(const QString &name)
{
    const QString s = name.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (QChar c : s) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
    }
    return out;
}

struct Country
{
    QString code;
    QStringList cities;
    QString legal;
    QString phonePrefix;
    const char *zipFormat;
    QString culture;
    QString language;
};

// Word lists as shared QStrings (and their slugs), so that 100,000 customers mostly share their
// text instead of allocating it: generation stays well under a second.
struct Words
{
    QList<Country> countries;
    QStringList prefixes, trades, firstNames, lastNames, streets;
    QStringList prefixSlugs, tradeSlugs, firstSlugs, lastSlugs;
    QStringList rules = strings({"Markup", "Margin", "SplitMargin", "ErpMinusDiscount"});

    Words()
    {
        const auto country = [](const char *code, std::initializer_list<const char *> cities, const char *legal,
                                const char *phone, const char *zip, const char *culture) {
            const QString c = QString::fromUtf8(culture);
            return Country{
                QString::fromLatin1(code), strings(cities), QString::fromUtf8(legal), QString::fromLatin1(phone), zip, c,
                c.section(u'-', 0, 0)};
        };
        countries = {
            country("PT", {"Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Aveiro"}, "Lda", "+351 2", "####-###", "pt-PT"),
            country("ES", {"Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"}, "S.L.", "+34 9", "#####", "en-US"),
            country("FR", {"Paris", "Lyon", "Marseille", "Toulouse", "Nantes"}, "SARL", "+33 1", "#####", "en-US"),
            country("DE", {"Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main"}, "GmbH", "+49 30", "#####", "en-US"),
            country("IT", {"Milano", "Roma", "Torino", "Bologna", "Firenze"}, "S.r.l.", "+39 02", "#####", "en-US"),
            country("BR", {"São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba"}, "Ltda.", "+55 11", "#####-###", "en-US"),
            country("GB", {"London", "Manchester", "Leeds", "Bristol"}, "Ltd", "+44 20", "## ###", "en-US"),
            country("US", {"Seattle", "Austin", "Boston", "Denver", "Chicago"}, "Inc.", "+1 206", "#####", "en-US"),
            country("NL", {"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven"}, "B.V.", "+31 20", "#### ##", "en-US"),
        };
        prefixes =
            strings({"Nordlicht",     "Atlântico",   "Contoso",  "Fabrikam",  "Tailspin",  "Northwind",      "Litware",
                     "Adatum",        "Blue Yonder", "Alpine",   "Coho",      "Lucerne",   "Wingtip",        "Proseware",
                     "Fourth Coffee", "Margie's",    "Trey",     "Woodgrove", "Humongous", "Graphic Design", "Sol Nascente",
                     "Vale Verde",    "Iberia",      "Montanha", "Lusitana",  "Rheinland", "Bella Vista",    "Castelo",
                     "Aurora",        "Horizonte",   "Ribeira",  "Estrela",   "Quinta",    "Solaris",        "Boreal"});
        trades = strings({"Logistik",    "Dental Clinic", "Pharma",      "Consulting", "Software",    "Engenharia",
                          "Arquitectos", "Foods",         "Textiles",    "Hotels",     "Transportes", "Bank",
                          "Insurance",   "Energy",        "Retail",      "Studios",    "Labs",        "Health",
                          "Legal",       "Construções",   "Imobiliária", "Vinhos",     "Motors",      "Airlines",
                          "Telecom",     "Seguros",       "Marketing",   "Education",  "Robotics",    "Analytics"});
        firstNames =
            strings({"Ana",       "João",   "Maria",     "Pedro", "Inês",   "Miguel", "Sofia",   "Tiago",  "Lucía", "Javier",
                     "Camille",   "Louis",  "Lena",      "Jonas", "Giulia", "Marco",  "Beatriz", "Rafael", "Emma",  "Oliver",
                     "Charlotte", "Daniel", "Francisca", "Rui",   "Carla",  "Hans",   "Chiara",  "Paulo",  "Marta"});
        lastNames = strings({"Silva",   "Santos",   "Ferreira", "Pereira", "Oliveira", "Costa",   "Rodrigues",
                             "García",  "Martínez", "Dubois",   "Laurent", "Müller",   "Schmidt", "Rossi",
                             "Bianchi", "Souza",    "Almeida",  "Smith",   "Johnson",  "Brown",   "de Vries",
                             "Jansen",  "Carvalho", "Gomes",    "Martins", "Lopes",    "Weber",   "Ricci"});
        streets = strings({"Rua Augusta", "Avenida da Liberdade", "Calle Mayor", "Rue de Rivoli", "Hauptstraße", "Via Roma",
                           "Main Street", "Keizersgracht", "Rua das Flores", "Avenida Paulista", "High Street", "Rua do Ouro"});
        for (const QString &s : std::as_const(prefixes))
            prefixSlugs << slug(s);
        for (const QString &s : std::as_const(trades))
            tradeSlugs << slug(s);
        for (const QString &s : std::as_const(firstNames))
            firstSlugs << slug(s);
        for (const QString &s : std::as_const(lastNames))
            lastSlugs << slug(s);
    }
};

const Words &words()
{
    static const Words w;
    return w;
}

QString digits(Rng &rng, const char *format)
{
    QString out(qsizetype(qstrlen(format)), Qt::Uninitialized);
    QChar *p = out.data();
    for (const char *f = format; *f; ++f)
        *p++ = *f == '#' ? QChar(u'0' + rng.below(10)) : QChar::fromLatin1(*f);
    return out;
}

QString padded(int value, int width)
{
    return QString::number(value).rightJustified(width, u'0');
}

void appendNumber(QByteArray &out, double v)
{
    out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

void appendNullableString(QByteArray &out, const QString &s)
{
    if (s.isEmpty())
        out += "null";
    else
        appendJsonString(out, s);
}

void appendMargin(QByteArray &out, const MarginRec &m)
{
    out += "{\"value\":";
    appendNumber(out, m.value);
    out += ",\"marginRule\":{\"name\":";
    appendJsonString(out, m.rule);
    out += "}}";
}

// Provider data as a Microsoft instance holds it; the property names and order are the contract's.
QString microsoftData(const QString &domainPrefix, const QString &domain, bool accepted, const QDateTime &agreed,
                      const Country &country)
{
    QString s = u"{\"Domain\":\"" % domainPrefix % u"\",\"CredentialsEmail\":\"admin@" % domain % u"\",\"AcceptedMCA\":" %
                (accepted ? QStringLiteral("true") : QStringLiteral("false"));
    if (accepted)
        s += u",\"AgreementDate\":\"" % isoUtc(agreed) % u'"';
    s += u",\"KeepPrimaryInformation\":true,\"DefaultCulture\":\"" % country.culture % u"\",\"Language\":\"" % country.language %
         u"\",\"Qualifications\":[],\"EnableGDAP\":true}";
    return s;
}

} // namespace

void appendJsonString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    for (const char ch : utf8) {
        const auto c = uchar(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        } else {
            out += ch;
        }
    }
    out += '"';
}

QString isoUtc(const QDateTime &dt)
{
    const QDateTime u = dt.toUTC();
    const QDate d = u.date();
    const QTime t = u.time();
    return padded(d.year(), 4) % u'-' % padded(d.month(), 2) % u'-' % padded(d.day(), 2) % u'T' % padded(t.hour(), 2) % u':' %
           padded(t.minute(), 2) % u':' % padded(t.second(), 2) % u'Z';
}

Tenant::Tenant(quint32 seed, int customerCount, const QDateTime &now)
{
    const Words &w = words();
    Rng rng(seed);
    instances = {
        {rng.uuid(),
         QStringLiteral("Microsoft CSP — Direct"),
         QStringLiteral("4b0f1c2a-90d3-4c5e-8f61-1a2b3c4d5e6f"),
         QStringLiteral("Microsoft"),
         {QStringLiteral("License"), QStringLiteral("SoftwareSubscription"), QStringLiteral("PerpetualSoftware"),
          QStringLiteral("AzurePlan"), QStringLiteral("AzureReservation"), QStringLiteral("AzureSavingsPlan")},
         {QStringLiteral("PT"), QStringLiteral("ES"), QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("IT"),
          QStringLiteral("BR"), QStringLiteral("GB"), QStringLiteral("US"), QStringLiteral("NL")}},
        {rng.uuid(),
         QStringLiteral("Microsoft CSP — Legacy"),
         QStringLiteral("7c9e2d41-5a6b-4e8f-9d0c-2b3a4c5d6e7f"),
         QStringLiteral("Microsoft"),
         {QStringLiteral("LicenseLegacy"), QStringLiteral("AzureLegacy")},
         {QStringLiteral("PT"), QStringLiteral("ES"), QStringLiteral("BR")}},
        {rng.uuid(),
         QStringLiteral("Adobe VIP Marketplace"),
         QStringLiteral("ADOBE-VIPMP-EU-0042"),
         QStringLiteral("Adobe"),
         {QStringLiteral("License"), QStringLiteral("SoftwareSubscription")},
         {QStringLiteral("PT"), QStringLiteral("ES"), QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("IT")}},
        {rng.uuid(),
         QStringLiteral("Acronis Cyber Protect Cloud"),
         QStringLiteral("acronis-dc-eu2"),
         QStringLiteral("Acronis"),
         {QStringLiteral("SoftwareSubscription")},
         {QStringLiteral("PT"), QStringLiteral("DE"), QStringLiteral("GB"), QStringLiteral("US")}},
    };
    std::vector<bool> isMicrosoft;
    for (const InstanceRec &inst : std::as_const(instances))
        isMicrosoft.push_back(inst.microsoft());
    for (int i = 0; i < 5; ++i)
        resellers << rng.uuid();

    const QString onMicrosoft = QStringLiteral(".onmicrosoft.com");
    const QString exampleTld = QStringLiteral(".example");
    const QDateTime epoch(QDate(2019, 1, 1), QTime(9, 0), Qt::UTC);
    customers.resize(size_t(customerCount));
    index.reserve(customerCount);
    domainOwner.reserve(customerCount);
    // The order of the generator's calls below is the data: changing it changes every tenant.
    for (int i = 0; i < customerCount; ++i) {
        CustomerRec &c = customers[size_t(i)];
        const Country &country = w.countries.at(rng.below(int(w.countries.size())));
        c.id = rng.uuid();
        const int prefix = rng.pick(w.prefixes);
        const int trade = rng.pick(w.trades);
        const QString &city = country.cities.at(rng.pick(country.cities));
        if (rng.chance(30))
            c.companyName = w.prefixes[prefix] % u' ' % w.trades[trade] % u' ' % city % u' ' % country.legal;
        else
            c.companyName = w.prefixes[prefix] % u' ' % w.trades[trade] % u' ' % country.legal;
        c.sortKey = c.companyName.toCaseFolded();
        c.country = country.code;
        c.city = city;
        c.state = city;
        const QString &street = w.streets.at(rng.pick(w.streets));
        c.address1 = street % u", " % QString::number(1 + rng.below(300));
        if (rng.chance(25))
            c.address2 = QString::number(1 + rng.below(9)) % u'º';
        c.zip = digits(rng, country.zipFormat);
        c.taxId = country.code % digits(rng, "#########");
        const int first = rng.pick(w.firstNames);
        const int last = rng.pick(w.lastNames);
        c.firstName = w.firstNames[first];
        c.lastName = w.lastNames[last];
        if (rng.chance(10))
            c.middleName = w.lastNames.at(rng.pick(w.lastNames));
        const QString companySlug = w.prefixSlugs[prefix] % w.tradeSlugs[trade];
        // Unique domain: company slug plus the index keeps 100,000 customers apart.
        const QString domainPrefix = companySlug.left(24) % QString::number(i);
        c.domain = domainPrefix % onMicrosoft;
        c.email = w.firstSlugs[first] % u'.' % w.lastSlugs[last] % u'@' % companySlug.left(20) % exampleTld;
        c.phone = country.phonePrefix % digits(rng, "## ### ###");
        c.deleted = rng.chance(5);
        c.created = epoch.addSecs(qint64(rng.below(6 * 365 * 24)) * 3600);
        if (rng.chance(50))
            c.resellerId = resellers.at(rng.below(int(resellers.size())));
        if (rng.chance(70))
            c.cspInternalId = u"ERP-" % padded(i + 1, 6);
        if (!c.resellerId.isNull() && rng.chance(50))
            c.resellerInternalId = u"R-" % padded(i + 1, 5);

        // Most customers exist in Microsoft's direct instance; some also elsewhere.
        for (int k = 0; k < instances.size(); ++k) {
            const InstanceRec &inst = instances.at(k);
            const int odds = k == 0 ? 75 : k == 1 ? 15 : 12;
            if (!rng.chance(odds))
                continue;
            ProviderCustomerRec pc;
            pc.instanceId = inst.id;
            // Some of a reseller's customers also buy a non-Microsoft product straight from the
            // CSP: that provider customer is the CSP's, hidden from the reseller. Derived from the
            // index, not the generator, so the rest of the tenant stays as it was.
            pc.resellerId = !isMicrosoft[size_t(k)] && i % 3 == 0 ? QUuid() : c.resellerId;
            if (!rng.chance(8))
                pc.providerCustomerId = rng.uuid().toString(QUuid::WithoutBraces);
            const int marginValue = 5 + rng.below(21);
            pc.margin = MarginRec{double(marginValue), w.rules.at(rng.pick(w.rules))};
            if (rng.chance(40)) {
                const QString &type = inst.offerTypes.at(rng.below(int(inst.offerTypes.size())));
                const int value = 2 + rng.below(15);
                pc.offerTypeMargins.insert(type, MarginRec{double(value), w.rules.at(rng.pick(w.rules))});
            }
            if (isMicrosoft[size_t(k)]) {
                const bool accepted = rng.chance(80);
                const QDateTime agreed = accepted ? c.created.addDays(rng.below(60)) : QDateTime();
                pc.data = microsoftData(domainPrefix, c.domain, accepted, agreed, country);
                pc.mca.status = accepted ? McaStatus::AgreementCreated : McaStatus::Required;
                domainOwner.insert(domainPrefix.toLower(), i);
            } else {
                pc.data = u"{\"AccountId\":\"" % QString::number(100000 + rng.below(900000)) % u"\"}";
            }
            c.providerCustomers.append(pc);
        }
        index.insert(c.id, i);
    }
    spreadMcaStatuses(seed, now);
    makeResellers();
    byName.resize(customers.size());
    for (size_t i = 0; i < customers.size(); ++i)
        byName[i] = int(i);
    std::stable_sort(byName.begin(), byName.end(),
                     [this](int a, int b) { return customers[size_t(a)].sortKey < customers[size_t(b)].sortKey; });
}

// Where a provider customer without a recorded agreement stands with Microsoft. A generator of its
// own, so that the customers above stay what they were for every seed.
void Tenant::spreadMcaStatuses(quint32 seed, const QDateTime &start)
{
    // Whole seconds, as the API writes them: a client comparing a time it read is not a fraction off.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(start.toSecsSinceEpoch(), Qt::UTC);
    Rng rng(quint64(seed) ^ 0x4D43412D41545445ULL);
    static const int lifetimes[] = {10080, 10080, 10080, 4320, 1440, 60};
    for (CustomerRec &c : customers) {
        for (ProviderCustomerRec &pc : c.providerCustomers) {
            if (pc.mca.status != McaStatus::Required || !instance(pc.instanceId)->microsoft())
                continue;
            McaRec &m = pc.mca;
            const int roll = rng.below(100);
            const int lifetime = lifetimes[rng.below(int(std::size(lifetimes)))];
            if (roll < 30)
                continue; // no link generated yet
            m.linkLifetimeMinutes = lifetime;
            if (roll < 60) {
                // Generated a while ago; 5 % to 95 % of its lifetime is left.
                m.status = McaStatus::LinkGenerated;
                m.linkExpires = now.addSecs(qint64(lifetime) * 60 * (5 + rng.below(91)) / 100);
                m.acceptedAtMicrosoft = rng.chance(40);
            } else if (roll < 80) {
                m.status = McaStatus::LinkExpired;
                m.linkExpires = now.addSecs(-3600 - qint64(rng.below(30 * 24)) * 3600);
            } else {
                m.status = McaStatus::CustomerAccepted;
                m.acceptedAtMicrosoft = true;
            }
        }
    }
}

// The CSP's five resellers, one per market; their IDs come from the seed, the rest is fixed.
void Tenant::makeResellers()
{
    struct Fixed
    {
        const char *company, *country, *address1, *address2, *city, *state, *zip, *first, *last, *email, *phone, *internalId,
            *taxId, *domain, *mpn;
        std::initializer_list<const char *> secondaryMpn;
    };
    static const Fixed fixed[] = {
        {"Atlântico Cloud Partners, Lda",
         "PT",
         "Avenida da República, 50",
         "3.º Esq.",
         "Lisboa",
         "Lisboa",
         "1050-196",
         "Marta",
         "Carvalho",
         "marta.carvalho@atlanticocloud.example",
         "+351 21 340 5120",
         "RSL-PT-001",
         "PT509876543",
         "portal.atlanticocloud.example",
         "6104321",
         {"6104322"}},
        {"Rheinland IT-Systemhaus GmbH",
         "DE",
         "Hohenzollernring 72",
         "",
         "Köln",
         "Nordrhein-Westfalen",
         "50672",
         "Jonas",
         "Weber",
         "j.weber@rheinland-it.example",
         "+49 221 9876 540",
         "RSL-DE-002",
         "DE312456789",
         "",
         "5987012",
         {}},
        {"Iberia Nube Soluciones S.L.",
         "ES",
         "Calle de Alcalá, 120",
         "Planta 4",
         "Madrid",
         "Madrid",
         "28009",
         "Lucía",
         "García",
         "lucia.garcia@iberianube.example",
         "+34 91 555 0143",
         "RSL-ES-003",
         "ESB87654321",
         "cloud.iberianube.example",
         "6230456",
         {"6230457", "6230458"}},
        {"Lumière Informatique SARL",
         "FR",
         "24 Rue de la République",
         "",
         "Lyon",
         "Auvergne-Rhône-Alpes",
         "69002",
         "Camille",
         "Dubois",
         "camille.dubois@lumiere-info.example",
         "+33 4 72 10 45 80",
         "RSL-FR-004",
         "FR40123456789",
         "",
         "5876543",
         {}},
        {"Northwind Cloud Services Ltd",
         "GB",
         "1 Spinningfields Square",
         "",
         "Manchester",
         "Greater Manchester",
         "M3 3AP",
         "Oliver",
         "Brown",
         "oliver.brown@northwindcloud.example",
         "+44 161 496 0321",
         "RSL-GB-005",
         "GB123456789",
         "",
         "6345678",
         {}},
    };
    const auto text = [](const char *s) { return QString::fromUtf8(s); };
    for (qsizetype i = 0; i < resellers.size() && i < qsizetype(std::size(fixed)); ++i) {
        const Fixed &f = fixed[i];
        ResellerRec r;
        r.id = resellers.at(i);
        r.companyName = text(f.company);
        r.country = text(f.country);
        r.address1 = text(f.address1);
        r.address2 = text(f.address2);
        r.city = text(f.city);
        r.state = text(f.state);
        r.zip = text(f.zip);
        r.firstName = text(f.first);
        r.lastName = text(f.last);
        r.email = text(f.email);
        r.phone = text(f.phone);
        r.internalIdentifier = text(f.internalId);
        r.taxId = text(f.taxId);
        r.customDomain = text(f.domain);
        r.mpnId = text(f.mpn);
        for (const char *m : f.secondaryMpn)
            r.secondaryMpnIds << text(m);
        resellerRecords.push_back(r);
    }
}

const ResellerRec *Tenant::reseller(const QUuid &id) const
{
    for (const auto &r : resellerRecords)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString mcaStatusName(McaStatus status)
{
    switch (status) {
    case McaStatus::Required: return QStringLiteral("required");
    case McaStatus::LinkGenerated: return QStringLiteral("linkgenerated");
    case McaStatus::LinkExpired: return QStringLiteral("linkexpired");
    case McaStatus::CustomerAccepted: return QStringLiteral("customeraccepted");
    case McaStatus::AgreementCreated: return QStringLiteral("agreementcreated");
    }
    return {};
}

std::optional<McaStatus> mcaStatusFromName(const QString &name)
{
    for (McaStatus s : {McaStatus::Required, McaStatus::LinkGenerated, McaStatus::LinkExpired, McaStatus::CustomerAccepted,
                        McaStatus::AgreementCreated})
        if (name.compare(mcaStatusName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
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
    QByteArray &out = resellerView ? c.resellerJson : c.cspJson;
    if (!out.isEmpty())
        return out;
    out.reserve(1536);
    const auto field = [&out](const char *name, const QString &value, bool nullable) {
        out += ",\"";
        out += name;
        out += "\":";
        if (nullable)
            appendNullableString(out, value);
        else
            appendJsonString(out, value);
    };
    out += "{\"id\":\"" + c.id.toByteArray(QUuid::WithoutBraces) + '"';
    field("companyName", c.companyName, false);
    field("taxId", c.taxId, true);
    field("country", c.country, false);
    field("addressLine1", c.address1, false);
    field("addressLine2", c.address2, true);
    field("city", c.city, false);
    field("state", c.state, false);
    field("zip", c.zip, false);
    field("firstName", c.firstName, false);
    field("middleName", c.middleName, true);
    field("lastName", c.lastName, false);
    field("email", c.email, false);
    field("phone", c.phone, false);
    field("internalIdentifier", resellerView ? c.resellerInternalId : c.cspInternalId, true);
    out += ",\"resellerId\":";
    out += c.resellerId.isNull() ? QByteArray("null") : '"' + c.resellerId.toByteArray(QUuid::WithoutBraces) + '"';
    out += ",\"providerCustomers\":{";
    bool firstProvider = true;
    for (const ProviderCustomerRec &pc : std::as_const(c.providerCustomers)) {
        // A reseller sees only what belongs to its own relationship.
        if (resellerView && pc.resellerId != c.resellerId)
            continue;
        if (!firstProvider)
            out += ',';
        firstProvider = false;
        const QByteArray instanceId = pc.instanceId.toByteArray(QUuid::WithoutBraces);
        out += '"' + instanceId + "\":{\"providerInstanceId\":\"" + instanceId + '"';
        field("providerCustomerId", pc.providerCustomerId, true);
        field("providerCustomerData", pc.data, true);
        out += ",\"margin\":";
        if (pc.margin)
            appendMargin(out, *pc.margin);
        else
            out += "null";
        out += ",\"offerTypeMargins\":{";
        for (auto it = pc.offerTypeMargins.cbegin(); it != pc.offerTypeMargins.cend(); ++it) {
            if (it != pc.offerTypeMargins.cbegin())
                out += ',';
            appendJsonString(out, it.key());
            out += ':';
            appendMargin(out, it.value());
        }
        out += "}}";
    }
    out += '}';
    // Partner associations are the CSP's business: a reseller gets null.
    if (resellerView) {
        out += ",\"customerAssociations\":null";
    } else if (c.resellerId.isNull()) {
        out += ",\"customerAssociations\":[]";
    } else {
        out += ",\"customerAssociations\":[{\"resellerId\":\"" + c.resellerId.toByteArray(QUuid::WithoutBraces) +
               "\",\"relationshipType\":\"Reseller\",\"internalIdentifier\":";
        appendNullableString(out, c.resellerInternalId);
        out += "}]";
    }
    field("domain", c.domain, false);
    out += ",\"isDeleted\":";
    out += c.deleted ? "true" : "false";
    field("createdDate", isoUtc(c.created), false);
    out += '}';
    return out;
}

} // namespace ccsandbox

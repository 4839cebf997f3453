// The instant filter's search: the vectorised substring search and the one-pass search over all
// rows give the same answers as Qt's plain search, at every alignment and length.

#include <searchindex.h>

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

class TestSearchIndex : public QObject
{
    Q_OBJECT

    static QByteArray randomText(QRandomGenerator &rng, int maxLength, const char *alphabet)
    {
        const int alphabetSize = int(qstrlen(alphabet));
        QByteArray out(int(rng.bounded(maxLength + 1)), Qt::Uninitialized);
        for (char &c : out)
            c = alphabet[rng.bounded(alphabetSize)];
        return out;
    }

private Q_SLOTS:
    void find_sameAsQt_everyLengthAndAlignment()
    {
        QRandomGenerator rng(7);
        // A small alphabet: many partial matches, first-and-last-byte candidates that fail, and
        // matches at the very start and end, across the 16-byte blocks and the tail loop.
        for (int i = 0; i < 200000; ++i) {
            const QByteArray hay = randomText(rng, 70, "ab\n\xc3\xa9");
            const QByteArray needle = randomText(rng, 6, "ab\n\xc3\xa9");
            const qsizetype expected = QByteArrayView(hay).indexOf(needle);
            const qsizetype got = SearchIndex::find(hay, needle);
            if (got != expected)
                QFAIL(qPrintable(QStringLiteral("find(%1, %2) = %3, Qt says %4")
                                     .arg(QString::fromLatin1(hay.toHex()), QString::fromLatin1(needle.toHex()))
                                     .arg(got)
                                     .arg(expected)));
        }
    }

    void find_longNeedleAndHaystack()
    {
        const QByteArray hay = QByteArray(5000, 'a') + "needle-in-the-haystack" + QByteArray(37, 'b');
        QCOMPARE(SearchIndex::find(hay, "needle-in-the-haystack"), qsizetype(5000));
        QCOMPARE(SearchIndex::find(hay, "needle-in-the-haystacc"), qsizetype(-1));
        QCOMPARE(SearchIndex::find(hay, hay), qsizetype(0));
        QCOMPARE(SearchIndex::find("short", "longer than it"), qsizetype(-1));
        QCOMPARE(SearchIndex::find("", "x"), qsizetype(-1));
        QCOMPARE(SearchIndex::find("abc", ""), qsizetype(0));
    }

    void matchAll_sameAsEachRow_neverAcrossRows()
    {
        QRandomGenerator rng(11);
        for (int round = 0; round < 300; ++round) {
            SearchIndex index;
            QList<QByteArray> rows;
            const int n = int(rng.bounded(60));
            // Rows in blocks of random sizes (pages), some of one row, some empty.
            while (rows.size() < n) {
                const int blockRows = std::min(n - int(rows.size()), int(rng.bounded(12)));
                if (blockRows == 1 && rng.bounded(2)) {
                    rows << randomText(rng, 30, "abc\n");
                    index.append(rows.last());
                    continue;
                }
                QByteArray bytes;
                QList<qsizetype> ends;
                for (int i = 0; i < blockRows; ++i) {
                    rows << randomText(rng, 30, "abc\n");
                    bytes += rows.last();
                    ends << bytes.size();
                }
                index.appendBlock(bytes, ends);
            }
            // Edits (each rebuilds its block).
            for (int e = 0; n && e < 5; ++e) {
                const int row = int(rng.bounded(n));
                rows[row] = randomText(rng, 40, "abc\n");
                index.replace(row, rows[row]);
            }
            const QByteArray needle = randomText(rng, 4, "abc\n");
            std::vector<quint8> hits;
            index.matchAll(needle, hits);
            QCOMPARE(int(hits.size()), n);
            for (int i = 0; i < n; ++i) {
                QCOMPARE(index.text(i), QByteArrayView(rows[i]));
                const bool expected = rows[i].contains(needle);
                QCOMPARE(bool(hits[size_t(i)]), expected);
                QCOMPARE(index.matches(i, needle), expected);
            }
        }
    }

    void matchAll_textSplitOverTwoRows_noMatch()
    {
        SearchIndex index;
        index.appendBlock("lisboa", {3, 6});
        index.append("porto");
        std::vector<quint8> hits;
        index.matchAll("lisboa", hits);
        QCOMPARE(hits, std::vector<quint8>({0, 0, 0}));
        QCOMPARE(index.text(0), QByteArrayView("lis"));
        QCOMPARE(index.text(1), QByteArrayView("boa"));
        index.replace(2, "por");
        index.matchAll("porto", hits);
        QCOMPARE(hits, std::vector<quint8>({0, 0, 0}));
        index.matchAll("por", hits);
        QCOMPARE(hits, std::vector<quint8>({0, 0, 1}));
        index.replace(0, "lisboa e vale do tejo");
        QCOMPARE(index.text(1), QByteArrayView("boa")); // its neighbour in the block is unchanged
        index.matchAll("o", hits);
        QCOMPARE(hits, std::vector<quint8>({1, 1, 1}));
        index.matchAll("tejo", hits);
        QCOMPARE(hits, std::vector<quint8>({1, 0, 0}));
        index.matchAll("tejob", hits); // the end of row 0 and the start of row 1
        QCOMPARE(hits, std::vector<quint8>({0, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <vector>

// The instant filter's haystack: every row's lower-cased UTF-8 search text. Rows come in blocks
// (a page of customers each), every block one buffer that the thread that read the page made and
// that is kept as it is, so that a keystroke over 100,000 rows is a vectorised substring search
// through fifty buffers (~2 ms here) instead of 100,000 searches of separate strings; half the
// bytes of UTF-16, too. Substring matching of lower-cased UTF-8 gives the same answers as of
// lower-cased UTF-16.
class SearchIndex
{
public:
    void clear();
    void reserveRows(qsizetype rows);
    // Appends rows whose texts lie one after another in bytes: row k is [ends[k-1], ends[k]).
    void appendBlock(const QByteArray &bytes, const QList<qsizetype> &ends);
    void append(QByteArrayView lowerUtf8); // one row (a block of its own)
    // Replaces one row's text (an edited customer); its block is rebuilt.
    void replace(int row, QByteArrayView lowerUtf8);

    int rowCount() const { return int(m_spans.size()); }
    QByteArrayView text(int row) const
    {
        const Span &s = m_spans[size_t(row)];
        return QByteArrayView(m_blocks[size_t(s.block)].bytes.constData() + s.start, s.size);
    }
    bool matches(int row, QByteArrayView needle) const;
    // hits[row] = 1 where the row's text contains needle, else 0; one pass over each block.
    void matchAll(QByteArrayView needle, std::vector<quint8> &hits) const;

    // First occurrence of needle in haystack, or -1 (SSE2 where available).
    static qsizetype find(QByteArrayView haystack, QByteArrayView needle);

private:
    struct Block
    {
        QByteArray bytes;
        int firstRow = 0;
        int rows = 0;
    };
    struct Span
    {
        qsizetype start;
        qsizetype size;
        int block;
    };
    std::vector<Block> m_blocks;
    std::vector<Span> m_spans; // in row order; within a block in the order of its bytes
};

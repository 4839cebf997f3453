#include "searchindex.h"

#include <QtAlgorithms>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

void SearchIndex::clear()
{
    m_blocks.clear();
    m_blocks.shrink_to_fit();
    m_spans.clear();
    m_spans.shrink_to_fit();
}

void SearchIndex::reserveRows(qsizetype rows)
{
    m_spans.reserve(size_t(std::max<qsizetype>(rows, 0)));
}

void SearchIndex::appendBlock(const QByteArray &bytes, const QList<qsizetype> &ends)
{
    Block block;
    block.bytes = bytes;
    block.firstRow = rowCount();
    block.rows = int(ends.size());
    const int index = int(m_blocks.size());
    qsizetype from = 0;
    for (qsizetype end : ends) {
        // Ends out of order or past the buffer would be a caller's bug: clamp, never read outside.
        end = std::clamp(end, from, qsizetype(bytes.size()));
        m_spans.push_back({from, end - from, index});
        from = end;
    }
    m_blocks.push_back(std::move(block));
}

void SearchIndex::append(QByteArrayView lowerUtf8)
{
    appendBlock(lowerUtf8.toByteArray(), {lowerUtf8.size()});
}

void SearchIndex::replace(int row, QByteArrayView lowerUtf8)
{
    if (row < 0 || row >= rowCount())
        return;
    Block &block = m_blocks[size_t(m_spans[size_t(row)].block)];
    QByteArray bytes;
    for (int r = block.firstRow; r < block.firstRow + block.rows; ++r)
        bytes += r == row ? lowerUtf8 : text(r);
    qsizetype from = 0;
    for (int r = block.firstRow; r < block.firstRow + block.rows; ++r) {
        Span &span = m_spans[size_t(r)];
        span.size = r == row ? lowerUtf8.size() : span.size;
        span.start = from;
        from += span.size;
    }
    block.bytes = bytes;
}

bool SearchIndex::matches(int row, QByteArrayView needle) const
{
    return find(text(row), needle) >= 0;
}

void SearchIndex::matchAll(QByteArrayView needle, std::vector<quint8> &hits) const
{
    const size_t n = m_spans.size();
    hits.assign(n, needle.isEmpty() ? 1 : 0);
    if (needle.isEmpty())
        return;
    const qsizetype len = needle.size();
    for (const Block &block : m_blocks) {
        const char *base = block.bytes.constData();
        const qsizetype total = block.bytes.size();
        const size_t last = size_t(block.firstRow + block.rows);
        size_t row = size_t(block.firstRow);
        qsizetype pos = 0;
        while (pos < total && row < last) {
            qsizetype at = find(QByteArrayView(base + pos, total - pos), needle);
            if (at < 0)
                break;
            at += pos;
            // The first row that ends at or after the match's end is the only one that can hold it.
            while (row < last && m_spans[row].start + m_spans[row].size < at + len)
                ++row;
            if (row == last)
                break;
            if (at >= m_spans[row].start) {
                hits[row] = 1;
                pos = m_spans[row].start + m_spans[row].size; // one hit per row is enough
                ++row;
            } else {
                pos = at + 1; // it spans the end of one row and the start of the next: no match
            }
        }
    }
}

qsizetype SearchIndex::find(QByteArrayView haystack, QByteArrayView needle)
{
    const qsizetype hn = haystack.size();
    const qsizetype nn = needle.size();
    if (nn == 0)
        return 0;
    if (hn < nn)
        return -1;
    const char *h = haystack.data();
    const char *n = needle.data();
    if (nn == 1) {
        const void *p = std::memchr(h, n[0], size_t(hn));
        return p ? static_cast<const char *>(p) - h : -1;
    }
    qsizetype i = 0;
#if defined(__SSE2__)
    // 16 candidate positions at a time: those whose first and last bytes both match the needle's
    // (W. Muła's "SIMD-friendly" substring search); only those are compared in full.
    const __m128i first = _mm_set1_epi8(n[0]);
    const __m128i last = _mm_set1_epi8(n[nn - 1]);
    for (; i + nn - 1 + 16 <= hn; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i + nn - 1));
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
        while (mask) {
            const qsizetype bit = qCountTrailingZeroBits(mask);
            if (std::memcmp(h + i + bit + 1, n + 1, size_t(nn - 2)) == 0)
                return i + bit;
            mask &= mask - 1;
        }
    }
#endif
    for (; i + nn <= hn; ++i)
        if (h[i] == n[0] && h[i + nn - 1] == n[nn - 1] && std::memcmp(h + i + 1, n + 1, size_t(nn - 2)) == 0)
            return i;
    return -1;
}

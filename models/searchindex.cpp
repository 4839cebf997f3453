#include "searchindex.h"

#include <QtAlgorithms>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

void SearchIndex::clear()
{
    m_bytes.clear();
    m_bytes.shrink_to_fit();
    m_spans.clear();
    m_spans.shrink_to_fit();
}

void SearchIndex::reserve(qsizetype rows, qsizetype bytes)
{
    m_spans.reserve(size_t(std::max<qsizetype>(rows, 0)));
    m_bytes.reserve(size_t(std::max<qsizetype>(bytes, 0)));
}

void SearchIndex::append(QByteArrayView lowerUtf8)
{
    m_spans.push_back({qsizetype(m_bytes.size()), lowerUtf8.size()});
    m_bytes.insert(m_bytes.end(), lowerUtf8.begin(), lowerUtf8.end());
    m_bytes.push_back('\n');
}

void SearchIndex::replace(int row, QByteArrayView lowerUtf8)
{
    if (row < 0 || row >= rowCount())
        return;
    Span &span = m_spans[size_t(row)];
    if (lowerUtf8.size() <= span.size) {
        // What is left of the old text stays behind the span: matches are checked against spans.
        if (!lowerUtf8.isEmpty())
            std::memcpy(m_bytes.data() + span.start, lowerUtf8.data(), size_t(lowerUtf8.size()));
        span.size = lowerUtf8.size();
        return;
    }
    std::vector<char> bytes;
    bytes.reserve(m_bytes.size() + size_t(lowerUtf8.size()));
    for (size_t i = 0; i < m_spans.size(); ++i) {
        const QByteArrayView t = int(i) == row ? lowerUtf8 : text(int(i));
        m_spans[i].start = qsizetype(bytes.size());
        m_spans[i].size = t.size();
        bytes.insert(bytes.end(), t.begin(), t.end());
        bytes.push_back('\n');
    }
    m_bytes.swap(bytes);
}

bool SearchIndex::matches(int row, QByteArrayView needle) const
{
    return find(text(row), needle) >= 0;
}

void SearchIndex::matchAll(QByteArrayView needle, std::vector<quint8> &hits) const
{
    const size_t n = m_spans.size();
    hits.assign(n, needle.isEmpty() ? 1 : 0);
    if (needle.isEmpty() || n == 0)
        return;
    const char *base = m_bytes.data();
    const qsizetype total = qsizetype(m_bytes.size());
    const qsizetype len = needle.size();
    qsizetype pos = 0;
    size_t row = 0;
    while (pos < total) {
        qsizetype at = find(QByteArrayView(base + pos, total - pos), needle);
        if (at < 0)
            break;
        at += pos;
        // The first row that ends at or after the match's end is the only one that can hold it.
        while (row < n && m_spans[row].start + m_spans[row].size < at + len)
            ++row;
        if (row == n)
            break;
        if (at >= m_spans[row].start) {
            hits[row] = 1;
            pos = m_spans[row].start + m_spans[row].size; // one hit per row is enough
            ++row;
        } else {
            pos = at + 1; // it spans a boundary between rows: not a match
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

#pragma once

#include <Qt>

// The item-data role under which a form's table model holds the error of one cell (a QString,
// empty: none). FieldErrorBinder writes it, the model keeps it until the cell changes, and the
// view's delegate paints the frame.
inline constexpr int FieldErrorRole = Qt::UserRole + 64;

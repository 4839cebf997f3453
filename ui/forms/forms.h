#pragma once

// The edit forms: what the app wires up (FormLauncher) and the dialogs it opens.
#include "addproviderinstancedialog.h"
#include "draftsdialog.h"
#include "editdialog.h"
#include "editmarginsdialog.h"
#include "fielderrorbinder.h"
#include "formlauncher.h"
#include "internalidentifierdialog.h"
#include "mcadialog.h"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/GuiApplication.h"

int main(int argc, char *argv[])
{
    return kopii::ui::runGui(argc, argv);
}

// Temporary entry point until the GUI shell lands (same session).
#include <QApplication>
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return 0;
}

// SPDX-License-Identifier: MIT
#include "window/MainWindow.h"

#include "book/Book.h"
#include "window/BookSummaryView.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace csw {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_summary(new BookSummaryView(this))
{
    setWindowTitle(tr("CS Workbench"));
    setCentralWidget(m_summary);
    createMenus();
    m_summary->showBook(nullptr);
    resize(900, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Book…"), this, &MainWindow::chooseBook);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CS Workbench"), this, &MainWindow::showAbout);
}

bool MainWindow::openBook(const QString &path)
{
    auto opened = Book::open(path);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the book"), opened.error().message);
        return false;
    }
    m_book = std::move(*opened);
    m_summary->showBook(m_book.get());
    setWindowTitle(tr("%1 — CS Workbench").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

void MainWindow::chooseBook()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Book"), {}, tr("CS Workbench books (*.sqlite *.csw);;All files (*)"));
    if (!path.isEmpty())
        openBook(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CS Workbench"),
                       tr("<b>CS Workbench %1</b><p>A workbench for customer-success teams: the "
                          "book of accounts, their health, and the voice of the customer for "
                          "product and marketing.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace csw

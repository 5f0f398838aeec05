# Build the Windows installer of Meldpunt: the PyInstaller one-folder bundle, its self-test,
# then Inno Setup. Run on Windows in PowerShell from anywhere in the repository:
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Steps and prerequisites: installer\README.md. Output: dist\Meldpunt-<version>-setup.exe.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# PowerShell does not stop on a failing native command (before 7.4): check each exit code.
function Invoke-Checked {
    param([Parameter(Mandatory)][string]$What, [Parameter(Mandatory)][scriptblock]$Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "build-windows: $What failed (exit code $LASTEXITCODE)" }
}

$root = Split-Path -Parent $PSScriptRoot
Set-Location $root
$py = Join-Path $root '.venv\Scripts\python.exe'

if (-not (Test-Path $py)) {
    Invoke-Checked 'creating the venv' { py -3.11 -m venv .venv }
}
Invoke-Checked 'installing the build tools' { & $py -m pip install --quiet --upgrade pip }
Invoke-Checked 'installing Meldpunt and PyInstaller' { & $py -m pip install --quiet -e '.[package]' }
$version = & $py -c 'from meldpunt import __version__; print(__version__)'

# Compiled translations: what `make translations` does on Linux.
$lrelease = Join-Path $root '.venv\Scripts\pyside6-lrelease.exe'
foreach ($ts in Get-ChildItem resources\translations\*.ts) {
    $qm = [IO.Path]::ChangeExtension($ts.FullName, '.qm')
    Invoke-Checked "compiling $($ts.Name)" { & $lrelease -silent $ts.FullName -qm $qm }
}

Invoke-Checked 'rendering the icons' { & $py installer\render_icons.py build\icons }

Write-Host 'build-windows: PyInstaller bundle'
Invoke-Checked 'PyInstaller' {
    & $py -m PyInstaller --noconfirm --log-level WARN --workpath build\pyinstaller --distpath dist installer\meldpunt.spec
}
Copy-Item installer\LICENCES.txt dist\meldpunt\LICENCES.txt

# The windowed meldpunt.exe has no console: its self-test can only report through the file.
Write-Host 'build-windows: self-test of the bundle'
$result = Join-Path $root 'build\self-test.json'
Remove-Item $result -ErrorAction SilentlyContinue
$run = Start-Process -FilePath dist\meldpunt\meldpunt.exe -Wait -PassThru -ArgumentList @(
    'self-test', '--self-test-output', "`"$result`"")
$report = Get-Content $result -Raw | ConvertFrom-Json
if ($run.ExitCode -ne 0 -or -not $report.ok) {
    $failed = ($report.checks | Where-Object { -not $_.ok } | ForEach-Object { $_.name }) -join ', '
    throw "build-windows: the bundle's self-test failed: $failed"
}
Invoke-Checked 'meldpunt-cli self-test' { & dist\meldpunt\meldpunt-cli.exe self-test }

# Inno Setup 6: its usual place, or ISCC.exe on PATH.
$iscc = Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe'
if (-not (Test-Path $iscc)) { $iscc = (Get-Command ISCC.exe -ErrorAction Stop).Source }
Write-Host 'build-windows: installer'
Invoke-Checked 'Inno Setup' { & $iscc /Q "/DAppVersion=$version" installer\meldpunt.iss }
Write-Host "build-windows: done: dist\Meldpunt-$version-setup.exe"

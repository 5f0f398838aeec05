; Inno Setup script: a per-machine installer for the PyInstaller one-folder bundle of Meldpunt.
; Built by installer\build-windows.ps1 (steps in installer\README.md); by hand:
;   ISCC.exe /DAppVersion=0.1.0 installer\meldpunt.iss
; Paths are relative to this file; the bundle is expected in dist\meldpunt, the icon in build\icons.

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=X.Y.Z installer\meldpunt.iss
#endif

[Setup]
; The AppId ties every version to one installation, so a new setup upgrades the old one in
; place and Windows lists Meldpunt once. Never change it.
AppId={{5336FFEE-F738-4105-8EFC-7E3FE390498B}
AppName=Meldpunt
AppVersion={#AppVersion}
AppVerName=Meldpunt {#AppVersion}
AppPublisher=Stad Leuven
VersionInfoVersion={#AppVersion}
; Per machine: Program Files and the common Start menu, so it needs an administrator.
PrivilegesRequired=admin
DefaultDirName={autopf}\Meldpunt
DisableDirPage=auto
DefaultGroupName=Meldpunt
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 and later.
MinVersion=10.0.17763
SetupIconFile=..\build\icons\meldpunt.ico
UninstallDisplayIcon={app}\meldpunt.exe
UninstallDisplayName=Meldpunt
; Close a running Meldpunt before its files are replaced.
CloseApplications=yes
RestartApplications=no
OutputDir=..\dist
OutputBaseFilename=Meldpunt-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; An upgrade replaces the bundle whole: a module the new version no longer ships must not stay
; behind in _internal, where Python would still import it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\meldpunt\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Meldpunt"; Filename: "{app}\meldpunt.exe"; Comment: "Meldpunt - Stad Leuven"

[Run]
Filename: "{app}\meldpunt.exe"; Description: "{cm:LaunchProgram,Meldpunt}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes what it installed. The office's data (each user's database, settings
; and logs) and the machine-wide settings file stay: removing a program never deletes reports.

; Inno Setup script: a per-user installer for the packaged designer on Windows.
; Built by `python packaging/build.py --installer` on Windows (needs Inno Setup 6's iscc.exe), which passes
; /DAppVersion=... and /DBundleDir=... .  Not built or run on the development machine (Linux): see packaging/README.md.
;
; No administrator rights: it installs into %LOCALAPPDATA%\Programs\Programme Designer and adds a Start-menu entry
; for this user only.  Uninstalling leaves the clinic's data (%LOCALAPPDATA%\ProgrammeDesigner) where it is.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\programme-designer"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{D7022C94-7260-4633-BCD2-DBB2D6714712}
AppName=Programme Designer
AppVersion={#AppVersion}
AppPublisher=Programme Designer
DefaultDirName={autopf}\Programme Designer
DefaultGroupName=Programme Designer
DisableProgramGroupPage=yes
; Per user, never asks for an administrator: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
OutputDir={#OutputDir}
OutputBaseFilename=programme-designer-{#AppVersion}-windows-setup
UninstallDisplayIcon={app}\programme-designer.exe
UninstallDisplayName=Programme Designer
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Programme Designer"; Filename: "{app}\programme-designer.exe"
Name: "{autodesktop}\Programme Designer"; Filename: "{app}\programme-designer.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\programme-designer.exe"; Description: "{cm:LaunchProgram,Programme Designer}"; Flags: nowait postinstall skipifsilent

@echo off
rem Starts Tekigo Studio: double-click TekigoStudio.cmd (the window it opens closes at once).
rem Tekigo Studio を起動します。Java 21 以降が必要です（同梱の jre\、JAVA_HOME、PATH の順に探します）。
rem Java: the runtime bundled in jre\ when there is one, then %JAVA_HOME%, then javaw on the PATH; 21 or newer.
rem Workspace: %TEKIGO_WORKSPACE%, else %USERPROFILE%\tekigo-workspace. Other arguments go to the workbench.
setlocal EnableExtensions EnableDelayedExpansion
chcp 65001 >nul
set "HERE=%~dp0"
set "JAVA="
if exist "%HERE%jre\bin\javaw.exe" set "JAVA=%HERE%jre\bin"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\javaw.exe" set "JAVA=%JAVA_HOME%\bin"
if not defined JAVA for /f "delims=" %%j in ('where javaw.exe 2^>nul') do if not defined JAVA set "JAVA=%%~dpj."
set "MAJOR=0"
if defined JAVA for /f "tokens=2 delims==" %%v in ('""%JAVA%\java.exe" -XshowSettings:properties -version 2^>^&1 ^| findstr java.specification.version"') do for /f "tokens=1 delims=. " %%m in ("%%v") do set "MAJOR=%%m"
if !MAJOR! LSS 21 goto nojava

set "WORKSPACE=%TEKIGO_WORKSPACE%"
if not defined WORKSPACE set "WORKSPACE=%USERPROFILE%\tekigo-workspace"
rem Java 23 and newer warn of sun.misc.Unsafe on every start unless told it is allowed.
set "UNSAFE="
if !MAJOR! GEQ 23 set "UNSAFE=--sun-misc-unsafe-memory-access=allow"
for %%l in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fl"
cd /d "%HERE%"
rem javaw: no console window stays open beside the studio.
rem -showsplash: the launcher's splash where the product has its native fragment (none for Windows yet: no effect).
start "Tekigo Studio" "%JAVA%\javaw.exe" -Xmx1g %UNSAFE% -jar "%LAUNCHER%" -showsplash -name "Tekigo Studio" -data "%WORKSPACE%" %*
exit /b 0

:nojava
echo Tekigo Studio を起動できません: Java 21 以降が見つかりません。
echo Java 21 以降（例: Eclipse Temurin 21 https://adoptium.net/ja/）をインストールし、
echo JAVA_HOME を設定するか java を PATH に入れてから、もう一度起動してください。
echo.
echo Tekigo Studio cannot start: it needs Java 21 or newer.
echo Install Java 21 or newer (for example Eclipse Temurin 21 from https://adoptium.net/),
echo then set JAVA_HOME or put java on the PATH, and start Tekigo Studio again.
echo.
pause
exit /b 1

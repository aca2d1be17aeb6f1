@echo off
rem The headless Tekigo command: bin\tekigo.cmd check examples\chatwork (bin\tekigo.cmd --help for the rest).
rem Needs Java 21 or newer: %JAVA_HOME%, else java on the PATH.
setlocal EnableExtensions EnableDelayedExpansion
set "HOME_DIR=%~dp0.."
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined JAVA set "JAVA=%%j"
set "MAJOR=0"
if defined JAVA for /f "tokens=2 delims==" %%v in ('""%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr java.specification.version"') do for /f "tokens=1 delims=. " %%m in ("%%v") do set "MAJOR=%%m"
if !MAJOR! LSS 21 goto nojava
rem Java 23 and newer warn of sun.misc.Unsafe (Guava, Guice) at every start unless told it is allowed.
set "UNSAFE="
if !MAJOR! GEQ 23 set "UNSAFE=--sun-misc-unsafe-memory-access=allow"
rem C1 only: these runs are short.
"%JAVA%" %UNSAFE% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "%HOME_DIR%\lib\*" org.tekigo.cli.TekigoCli %*
exit /b %ERRORLEVEL%

:nojava
chcp 65001 >nul
echo tekigo: Java 21 以降が見つかりません。Java 21 以降（例: Eclipse Temurin 21 https://adoptium.net/ja/）を 1>&2
echo インストールし、JAVA_HOME を設定するか java を PATH に入れてください。 1>&2
echo tekigo: needs Java 21 or newer. Install one (for example Eclipse Temurin 21 from https://adoptium.net/) 1>&2
echo and set JAVA_HOME or put java on the PATH. 1>&2
exit /b 2

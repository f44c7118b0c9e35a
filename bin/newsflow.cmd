@echo off
rem Runs Newsflow locally with one command (bin\newsflow --help) on Windows: finds Java 17+, builds the launcher
rem (the launcher\ module) when its jar is missing, and runs it. Rebuild it after changing the launcher with
rem   mvnw.cmd package -DskipTests -pl launcher -am
setlocal
set "ROOT=%~dp0.."
for %%I in ("%ROOT%") do set "ROOT=%%~fI"
set "JAR=%ROOT%\launcher\target\newsflow-launcher.jar"

if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  goto :found
)
where java >nul 2>nul
if errorlevel 1 (
  echo bin/newsflow: error: Java 17 or newer is needed and none was found. Install it or set JAVA_HOME. 1>&2
  exit /b 1
)
set "JAVA=java"
:found

"%JAVA%" -version 2>&1 | findstr /r /c:"version \"1[7-9]" /c:"version \"[2-9][0-9]" >nul
if errorlevel 1 (
  echo bin/newsflow: error: Java 17 or newer is needed; set JAVA_HOME to a Java 17+ installation. 1>&2
  exit /b 1
)

if not exist "%JAR%" (
  echo build: mvnw.cmd -q -B package -DskipTests -pl launcher -am ^(the launcher^)
  pushd "%ROOT%"
  call mvnw.cmd -q -B package -DskipTests -pl launcher -am
  popd
  if not exist "%JAR%" (
    echo bin/newsflow: error: building the launcher failed ^(see above^); 'mvnw.cmd package -DskipTests -pl launcher -am' at %ROOT% shows the whole log 1>&2
    exit /b 1
  )
)

"%JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "-Dnewsflow.root=%ROOT%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%

package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// DaemonFile is the file in the data folder where a running daemon says
// where its HTTP API listens, so that other commands can use it while the
// daemon holds the index.
const DaemonFile = "daemon.json"

// DaemonInfo is the content of DaemonFile.
type DaemonInfo struct {
	Addr    string    `json:"addr"`
	PID     int       `json:"pid"`
	Started time.Time `json:"started"`
}

// WriteDaemonInfo records a running daemon's address in dataDir.
func WriteDaemonInfo(dataDir string, info DaemonInfo) error {
	data, err := json.Marshal(info)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(dataDir, DaemonFile), data); err != nil {
		return fmt.Errorf("pipeline: write %s: %w", DaemonFile, err)
	}
	return nil
}

// ReadDaemonInfo returns the running daemon's address, if dataDir has one.
func ReadDaemonInfo(dataDir string) (DaemonInfo, bool) {
	var info DaemonInfo
	data, err := os.ReadFile(filepath.Join(dataDir, DaemonFile))
	if err != nil || json.Unmarshal(data, &info) != nil || info.Addr == "" {
		return info, false
	}
	return info, true
}

// RemoveDaemonInfo removes the daemon file on shutdown.
func RemoveDaemonInfo(dataDir string) error {
	err := os.Remove(filepath.Join(dataDir, DaemonFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}
